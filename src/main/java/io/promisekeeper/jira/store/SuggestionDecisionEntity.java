package io.promisekeeper.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One row per decided suggestion; the unique id makes sure two agents cannot both decide it. */
@Table("SUGGESTION_DECISION")
public interface SuggestionDecisionEntity extends Entity {
    @NotNull
    @Unique
    long getSuggestionId();

    void setSuggestionId(long suggestionId);
}
