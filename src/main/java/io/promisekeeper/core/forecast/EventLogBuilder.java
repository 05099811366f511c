package io.promisekeeper.core.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles tickets from a stream of events in file order. Readers intern values through
 * {@link #schema()} so that every repeated string is stored once.
 */
public final class EventLogBuilder {
    private final LogSchema schema;
    private final Map<String, CaseBuffer> cases = new LinkedHashMap<>();
    private long eventCount;

    public EventLogBuilder() {
        this(new LogSchema());
    }

    /** A builder adding to an existing schema, so its tickets share value codes with an earlier log. */
    public EventLogBuilder(LogSchema schema) {
        this.schema = schema;
    }

    public LogSchema schema() { return schema; }

    /**
     * Adds one event. {@code opened} and {@code resolved} are the ticket-level columns as they stand on this
     * row ({@link TicketHistory#UNKNOWN} when not mapped or empty); {@code segment} may be null.
     */
    public void add(String caseId, long time, String status, int[] valueCodes, long opened, long resolved,
                    String segment) {
        CaseBuffer buffer = cases.get(caseId);
        if (buffer == null) {
            buffer = new CaseBuffer(caseId, cases.size(), segment);
            cases.put(caseId, buffer);
        }
        buffer.add(time, schema.statuses().intern(status), valueCodes);
        if (buffer.opened == TicketHistory.UNKNOWN) {
            buffer.opened = opened;
        }
        if (buffer.resolved == TicketHistory.UNKNOWN) {
            buffer.resolved = resolved;
        }
        if (buffer.segment == null) {
            buffer.segment = segment;
        }
        eventCount++;
    }

    public long eventCount() { return eventCount; }

    /** Builds the log, finding each ticket's resolved time by the rule. */
    public EventLog build(ResolutionRule rule) {
        ValueDictionary statuses = schema.statuses();
        boolean[] resolving = new boolean[statuses.size()];
        if (rule.source() == ResolutionRule.Source.STATUS) {
            for (int code = 1; code < resolving.length; code++) {
                resolving[code] = rule.resolvedStatus().test(statuses.value(code));
            }
        }
        List<TicketHistory> tickets = new ArrayList<>(cases.size());
        for (CaseBuffer buffer : cases.values()) {
            tickets.add(buffer.toHistory(rule.source(), resolving));
        }
        return new EventLog(schema, tickets, eventCount);
    }

    private static final class CaseBuffer {
        final String caseId;
        final int arrival;
        String segment;
        long opened = TicketHistory.UNKNOWN;
        long resolved = TicketHistory.UNKNOWN;
        long[] times = new long[8];
        int[] statuses = new int[8];
        int[][] values = new int[8][];
        int size;

        CaseBuffer(String caseId, int arrival, String segment) {
            this.caseId = caseId;
            this.arrival = arrival;
            this.segment = segment;
        }

        void add(long time, int status, int[] codes) {
            if (size == times.length) {
                int capacity = size * 2;
                times = Arrays.copyOf(times, capacity);
                statuses = Arrays.copyOf(statuses, capacity);
                values = Arrays.copyOf(values, capacity);
            }
            times[size] = time;
            statuses[size] = status;
            values[size] = codes;
            size++;
        }

        TicketHistory toHistory(ResolutionRule.Source source, boolean[] resolving) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            // Stable: events at the same time keep their file order, so the latest row wins a tie.
            Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b]));
            long[] sortedTimes = new long[size];
            int[] sortedStatuses = new int[size];
            int[][] sortedValues = new int[size][];
            for (int i = 0; i < size; i++) {
                sortedTimes[i] = times[order[i]];
                sortedStatuses[i] = statuses[order[i]];
                sortedValues[i] = values[order[i]];
            }
            long ticketOpened = opened != TicketHistory.UNKNOWN ? opened : sortedTimes[0];
            long ticketResolved = TicketHistory.UNKNOWN;
            if (source == ResolutionRule.Source.COLUMN) {
                ticketResolved = resolved;
            } else if (source == ResolutionRule.Source.LAST_EVENT) {
                ticketResolved = sortedTimes[size - 1];
            } else {
                for (int i = 0; i < size; i++) {
                    if (resolving[sortedStatuses[i]]) {
                        ticketResolved = sortedTimes[i];
                        break;
                    }
                }
            }
            return new TicketHistory(caseId, arrival, ticketOpened, ticketResolved, segment,
                    sortedTimes, sortedStatuses, sortedValues);
        }
    }
}
