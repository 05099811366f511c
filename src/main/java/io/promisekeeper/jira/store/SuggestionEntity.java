package io.promisekeeper.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Active Objects row of a promise the app found in a comment and suggested to the agent. */
@Table("SUGGESTION")
public interface SuggestionEntity extends Entity {
    @NotNull
    @Indexed
    @StringLength(255)
    String getTicketKey();

    void setTicketKey(String ticketKey);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSentence();

    void setSentence(String sentence);

    @NotNull
    @StringLength(32)
    String getKind();

    void setKind(String kind);

    @NotNull
    long getDueAt();

    void setDueAt(long dueAt);

    @NotNull
    @StringLength(64)
    String getCalendarId();

    void setCalendarId(String calendarId);

    @NotNull
    @StringLength(255)
    String getAuthor();

    void setAuthor(String author);

    @NotNull
    long getDetectedAt();

    void setDetectedAt(long detectedAt);

    @NotNull
    @Indexed
    @StringLength(32)
    String getStatus();

    void setStatus(String status);
}
