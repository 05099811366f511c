package io.promisekeeper.core.learning;

import io.promisekeeper.core.forecast.EventLogBuilder;
import io.promisekeeper.core.forecast.LogSchema;
import io.promisekeeper.core.forecast.TicketHistory;
import io.promisekeeper.core.forecast.ValueDictionary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Replays a {@link TicketRecord} from its creation: the current fields wound back through the change history give
 * the fields at creation, then every moment with changes gives one event with the fields as they stood after it.
 * Only recorded changes move a field, so end-of-life values never leak into the past.
 */
public final class TicketReplay {
    /** Longer values are free text rather than a category; they count as absent. */
    static final int MAX_VALUE_LENGTH = 80;

    private TicketReplay() {
    }

    /** One moment of the ticket: its fields right after the changes of that moment. */
    record Moment(Instant at, Map<String, String> fields) {
    }

    /** The ticket's moments in time order: creation first, then one per distinct change time. */
    static List<Moment> moments(TicketRecord ticket) {
        Map<String, String> state = new HashMap<>(ticket.current());
        List<FieldChange> changes = ticket.changes();
        for (int i = changes.size() - 1; i >= 0; i--) {
            undo(state, changes.get(i));
        }
        List<Moment> moments = new ArrayList<>(changes.size() + 1);
        moments.add(new Moment(ticket.opened(), Map.copyOf(state)));
        for (int i = 0; i < changes.size(); i++) {
            apply(state, changes.get(i));
            boolean lastOfMoment = i == changes.size() - 1 || !changes.get(i + 1).at().equals(changes.get(i).at());
            if (lastOfMoment) {
                moments.add(new Moment(changes.get(i).at(), Map.copyOf(state)));
            }
        }
        return moments;
    }

    /** Adds the ticket to a training log, adding statuses, fields and values the schema has not seen yet. */
    public static void addTo(EventLogBuilder builder, TicketRecord ticket) {
        LogSchema schema = builder.schema();
        long opened = ticket.opened().toEpochMilli();
        long resolved = ticket.resolved() == null ? TicketHistory.UNKNOWN : ticket.resolved().toEpochMilli();
        for (Moment moment : moments(ticket)) {
            // Sorted field names: the same tickets give the same attribute numbering on every run.
            Map<String, String> fields = new TreeMap<>(moment.fields());
            int[] codes = new int[0];
            for (Map.Entry<String, String> field : fields.entrySet()) {
                if (field.getKey().equals(TicketRecord.STATUS) || !categorical(field.getValue())) {
                    continue;
                }
                int attribute = schema.attribute(field.getKey());
                if (attribute >= codes.length) {
                    codes = Arrays.copyOf(codes, attribute + 1);
                }
                codes[attribute] = schema.values(attribute).intern(field.getValue());
            }
            builder.add(ticket.key(), moment.at().toEpochMilli(), status(moment), codes, opened, resolved,
                    ticket.segment());
        }
    }

    /**
     * The ticket's history up to and including {@code until}, in the codes of {@code schema}, which it never
     * changes: statuses, fields and values the schema does not know are absent. A resolution after {@code until}
     * is not known yet.
     */
    public static TicketHistory history(TicketRecord ticket, LogSchema schema, Instant until) {
        List<Moment> moments = moments(ticket).stream().filter(m -> !m.at().isAfter(until)).toList();
        long[] times = new long[moments.size()];
        int[] statuses = new int[moments.size()];
        int[][] values = new int[moments.size()][];
        for (int i = 0; i < moments.size(); i++) {
            Moment moment = moments.get(i);
            times[i] = moment.at().toEpochMilli();
            statuses[i] = known(schema.statuses().codeOf(status(moment)));
            int[] codes = new int[schema.attributeCount()];
            for (Map.Entry<String, String> field : moment.fields().entrySet()) {
                int attribute = field.getKey().equals(TicketRecord.STATUS) ? -1 : schema.indexOf(field.getKey());
                if (attribute >= 0 && categorical(field.getValue())) {
                    codes[attribute] = known(schema.values(attribute).codeOf(field.getValue()));
                }
            }
            values[i] = codes;
        }
        long resolved = ticket.resolved() == null || ticket.resolved().isAfter(until)
                ? TicketHistory.UNKNOWN : ticket.resolved().toEpochMilli();
        return new TicketHistory(ticket.key(), 0, ticket.opened().toEpochMilli(), resolved, ticket.segment(), times,
                statuses, values);
    }

    private static String status(Moment moment) {
        String status = moment.fields().get(TicketRecord.STATUS);
        return categorical(status) ? status : null;
    }

    private static int known(int code) {
        return code < 0 ? ValueDictionary.ABSENT : code;
    }

    private static boolean categorical(String value) {
        return value != null && !value.isEmpty() && value.length() <= MAX_VALUE_LENGTH;
    }

    private static void undo(Map<String, String> state, FieldChange change) {
        if (change.kind() == FieldChange.Kind.VALUE) {
            put(state, change.field(), change.from());
        } else {
            TreeSet<String> elements = elements(state.get(change.field()));
            if (change.to() != null) {
                elements.remove(change.to());
            }
            if (change.from() != null) {
                elements.add(change.from());
            }
            put(state, change.field(), join(elements));
        }
    }

    private static void apply(Map<String, String> state, FieldChange change) {
        if (change.kind() == FieldChange.Kind.VALUE) {
            put(state, change.field(), change.to());
        } else {
            TreeSet<String> elements = elements(state.get(change.field()));
            if (change.from() != null) {
                elements.remove(change.from());
            }
            if (change.to() != null) {
                elements.add(change.to());
            }
            put(state, change.field(), join(elements));
        }
    }

    private static void put(Map<String, String> state, String field, String value) {
        if (value == null || value.isEmpty()) {
            state.remove(field);
        } else {
            state.put(field, value);
        }
    }

    private static TreeSet<String> elements(String joined) {
        TreeSet<String> elements = new TreeSet<>();
        if (joined != null && !joined.isEmpty()) {
            elements.addAll(Arrays.asList(joined.split(TicketRecord.ELEMENT_SEPARATOR, -1)));
        }
        return elements;
    }

    private static String join(TreeSet<String> elements) {
        return elements.isEmpty() ? null : String.join(TicketRecord.ELEMENT_SEPARATOR, elements);
    }
}
