package io.promisekeeper.core.insight;

import io.promisekeeper.core.promise.Promise;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/** Computes kept, broken and renegotiated counts and rates per agent, component, request type, kind and week. */
public final class KeptRates {
    /** The group name used when a ticket's component or request type is not known. */
    public static final String UNKNOWN = "(unknown)";

    private final ZoneId weekZone;

    /** {@code weekZone} decides in which ISO week a due moment falls (the viewer's zone). */
    public KeptRates(ZoneId weekZone) {
        this.weekZone = Objects.requireNonNull(weekZone);
    }

    /** Every grouping at once, plus the overall figure. */
    public KeptRateReport report(List<Promise> promises, Map<String, TicketFacts> facts) {
        Map<Grouping, List<KeptRate>> groups = new EnumMap<>(Grouping.class);
        for (Grouping g : Grouping.values()) {
            groups.put(g, by(g, promises, facts));
        }
        return new KeptRateReport(count("all", promises), groups);
    }

    /** One grouping's rows, sorted by group name. */
    public List<KeptRate> by(Grouping grouping, List<Promise> promises, Map<String, TicketFacts> facts) {
        Function<Promise, String> key = keyOf(grouping, facts);
        Map<String, List<Promise>> grouped = new TreeMap<>();
        for (Promise p : promises) {
            grouped.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p);
        }
        List<KeptRate> rows = new ArrayList<>();
        grouped.forEach((group, members) -> rows.add(count(group, members)));
        return rows;
    }

    /** The zone whose calendar decides weeks. */
    public ZoneId zone() {
        return weekZone;
    }

    /** The ISO week of an instant in the reporting zone, like {@code 2026-W01}. */
    public String weekOf(Instant instant) {
        ZonedDateTime t = instant.atZone(weekZone);
        return String.format(Locale.ROOT, "%d-W%02d",
                t.get(IsoFields.WEEK_BASED_YEAR), t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private Function<Promise, String> keyOf(Grouping grouping, Map<String, TicketFacts> facts) {
        return switch (grouping) {
            case AGENT -> Promise::madeBy;
            case COMPONENT -> p -> known(facts.get(p.ticketKey()) == null ? null
                    : facts.get(p.ticketKey()).component());
            case REQUEST_TYPE -> p -> known(facts.get(p.ticketKey()) == null ? null
                    : facts.get(p.ticketKey()).requestType());
            case KIND -> p -> p.kind().name();
            case WEEK -> p -> weekOf(p.due());
        };
    }

    private static String known(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }

    /** The counts of {@code promises} as one group. */
    static KeptRate count(String group, List<Promise> promises) {
        int kept = 0;
        int broken = 0;
        int renegotiated = 0;
        int open = 0;
        int cancelled = 0;
        for (Promise p : promises) {
            switch (p.status()) {
                case KEPT -> kept++;
                case BROKEN -> broken++;
                case RENEGOTIATED -> renegotiated++;
                case OPEN -> open++;
                case CANCELLED -> cancelled++;
            }
        }
        return new KeptRate(group, kept, broken, renegotiated, open, cancelled);
    }
}
