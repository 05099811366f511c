package io.promisekeeper.core.forecast;

import java.util.Random;

/** Hand-made event logs for tests: times in hours from an origin, one categorical attribute "group". */
public final class TinyLog {
    public static final long HOUR = 3_600_000L;
    private final EventLogBuilder builder;
    private final int group;

    public TinyLog() {
        this(new LogSchema());
    }

    public TinyLog(LogSchema schema) {
        this.builder = new EventLogBuilder(schema);
        this.group = schema.attribute("group");
    }

    /** A ticket's first row: opened and resolved columns (resolved null = never), segment, status "New". */
    public TinyLog ticket(String id, double openedHour, Double resolvedHour, String segment, String groupValue) {
        return row(id, openedHour, "New", groupValue, at(openedHour),
                resolvedHour == null ? TicketHistory.UNKNOWN : at(resolvedHour), segment);
    }

    /** A later row of a ticket. */
    public TinyLog event(String id, double hour, String status, String groupValue) {
        return row(id, hour, status, groupValue, TicketHistory.UNKNOWN, TicketHistory.UNKNOWN, null);
    }

    private TinyLog row(String id, double hour, String status, String groupValue, long opened, long resolved,
                        String segment) {
        int[] codes = new int[group + 1];
        codes[group] = builder.schema().values(group).intern(groupValue);
        builder.add(id, at(hour), status, codes, opened, resolved, segment);
        return this;
    }

    public static long at(double hour) {
        return Math.round(hour * HOUR);
    }

    public LogSchema schema() {
        return builder.schema();
    }

    public EventLog build() {
        return builder.build(ResolutionRule.column());
    }

    /**
     * A seeded synthetic log with a learnable signal: group "slow" tickets take long, and a ticket that
     * reaches status "Waiting" usually takes long too.
     */
    public static EventLog synthetic(int tickets, long seed) {
        TinyLog log = new TinyLog();
        Random random = new Random(seed);
        String[] groups = {"fast", "medium", "slow"};
        for (int i = 0; i < tickets; i++) {
            String id = "S" + i;
            double opened = i * 2.0;
            String g = groups[random.nextInt(3)];
            boolean waits = random.nextInt(4) == 0;
            double duration = 2 + random.nextDouble() * 20 + (g.equals("slow") ? 40 * random.nextDouble() : 0)
                    + (waits ? 50 * random.nextDouble() : 0);
            log.ticket(id, opened, opened + duration, "P", g);
            log.event(id, opened + 0.5, "Active", g);
            if (waits) {
                log.event(id, opened + 1 + random.nextDouble() * 3, "Waiting", g);
            }
            if (random.nextInt(5) == 0) {
                log.event(id, opened + 2 + random.nextDouble() * 4, "Active", groups[random.nextInt(3)]);
            }
            log.event(id, opened + duration, "Resolved", g);
        }
        return log.build();
    }
}
