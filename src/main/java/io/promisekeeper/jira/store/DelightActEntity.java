package io.promisekeeper.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Active Objects row of one agent act on a delight suggestion: the ticket's delight history, and the guard that
 * makes acts optimistic. {@code <action id>:<new version>} is unique, so of two agents acting on the same version
 * exactly one insert succeeds.
 */
@Table("DELIGHT_ACT")
public interface DelightActEntity extends Entity {
    @NotNull
    @Unique
    @StringLength(255)
    String getActKey();

    void setActKey(String actKey);

    @NotNull
    @Indexed
    long getActionId();

    void setActionId(long actionId);

    @NotNull
    @StringLength(16)
    String getState();

    void setState(String state);

    @NotNull
    long getActedAt();

    void setActedAt(long actedAt);

    @NotNull
    @StringLength(255)
    String getActedBy();

    void setActedBy(String actedBy);
}
