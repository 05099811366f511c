package io.promisekeeper.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Active Objects row of a promise; times are epoch milliseconds (instants, free of any zone). The status+due index
 * serves the scheduler's "open and due within" query: with the two single-column indexes alone, a database without
 * fresh statistics (H2) walks every open promise through the status index.
 */
@Table("PROMISE")
@Indexes(@Index(name = "status_due", methodNames = {"getStatus", "getDueAt"}))
public interface PromiseEntity extends Entity {
    @NotNull
    @Indexed
    @StringLength(255)
    String getTicketKey();

    void setTicketKey(String ticketKey);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getText();

    void setText(String text);

    @NotNull
    @StringLength(32)
    String getKind();

    void setKind(String kind);

    /** Indexed: the scheduler asks for open promises due within a window. */
    @NotNull
    @Indexed
    long getDueAt();

    void setDueAt(long dueAt);

    @NotNull
    @StringLength(64)
    String getCalendarId();

    void setCalendarId(String calendarId);

    @NotNull
    @StringLength(255)
    String getMadeBy();

    void setMadeBy(String madeBy);

    @NotNull
    long getMadeAt();

    void setMadeAt(long madeAt);

    @NotNull
    @StringLength(32)
    String getChannel();

    void setChannel(String channel);

    @NotNull
    @StringLength(32)
    String getSource();

    void setSource(String source);

    @NotNull
    @Indexed
    @StringLength(32)
    String getStatus();

    void setStatus(String status);

    /** The optimistic version; each step is claimed once in the change table, see PromiseChangeEntity. */
    @NotNull
    long getRowVersion();

    void setRowVersion(long rowVersion);

    Long getSupersededBy();

    void setSupersededBy(Long supersededBy);

    Long getRenegotiatedFrom();

    void setRenegotiatedFrom(Long renegotiatedFrom);

    @StringLength(StringLength.UNLIMITED)
    String getRenegotiationReason();

    void setRenegotiationReason(String renegotiationReason);

    Boolean getCustomerAgreed();

    void setCustomerAgreed(Boolean customerAgreed);
}
