package io.promisekeeper.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Active Objects row of what insight groups a ticket by, as Jira last told it: the first component and the JSM
 * request type (null when the ticket has none); the time it was read, epoch milliseconds.
 */
@Table("TICKET_FACT")
public interface TicketFactEntity extends Entity {
    /** Unique: two nodes filling in the same ticket keep one row. */
    @NotNull
    @Unique
    @StringLength(255)
    String getTicketKey();

    void setTicketKey(String ticketKey);

    @StringLength(255)
    String getComponent();

    void setComponent(String component);

    @StringLength(255)
    String getRequestType();

    void setRequestType(String requestType);

    @NotNull
    long getReadAt();

    void setReadAt(long readAt);
}
