package io.promisekeeper.core.forecast;

import java.util.List;

/** A whole event log: its attribute schema and its tickets in order of first appearance. */
public final class EventLog {
    private final LogSchema schema;
    private final List<TicketHistory> tickets;
    private final long eventCount;

    public EventLog(LogSchema schema, List<TicketHistory> tickets, long eventCount) {
        this.schema = schema;
        this.tickets = List.copyOf(tickets);
        this.eventCount = eventCount;
    }

    public LogSchema schema() { return schema; }

    public List<TicketHistory> tickets() { return tickets; }

    public long eventCount() { return eventCount; }
}
