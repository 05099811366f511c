package io.promisekeeper.core.learning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Seeded resolved tickets with a learnable signal: tickets of group "slow" and tickets that go to "Waiting" take
 * long. Served newest-resolved first, as the port promises.
 */
final class SampleTickets implements ResolvedTickets {
    static final Instant ORIGIN = Instant.parse("2026-01-05T08:00:00Z");
    private final List<TicketRecord> tickets;
    Instant askedSince;

    SampleTickets(int count, long seed) {
        this.tickets = generate(count, seed);
    }

    List<TicketRecord> tickets() {
        return tickets;
    }

    @Override
    public int each(Instant since, int limit, Consumer<TicketRecord> each) {
        askedSince = since;
        List<TicketRecord> newestFirst = new ArrayList<>(tickets);
        newestFirst.sort((a, b) -> b.resolved().compareTo(a.resolved()));
        int handed = 0;
        for (TicketRecord ticket : newestFirst) {
            if (handed == limit) {
                break;
            }
            if (!ticket.resolved().isBefore(since)) {
                each.accept(ticket);
                handed++;
            }
        }
        return handed;
    }

    static Instant hour(double hours) {
        return ORIGIN.plus(Duration.ofMillis(Math.round(hours * 3_600_000)));
    }

    private static List<TicketRecord> generate(int count, long seed) {
        Random random = new Random(seed);
        String[] groups = {"fast", "medium", "slow"};
        List<TicketRecord> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double opened = i * 2.0;
            String group = groups[random.nextInt(3)];
            boolean waits = random.nextInt(4) == 0;
            double duration = 2 + random.nextDouble() * 20 + (group.equals("slow") ? 40 * random.nextDouble() : 0)
                    + (waits ? 50 * random.nextDouble() : 0);
            List<FieldChange> changes = new ArrayList<>();
            changes.add(FieldChange.value(hour(opened + 0.5), TicketRecord.STATUS, "Open", "In Progress"));
            String last = "In Progress";
            if (waits) {
                changes.add(FieldChange.value(hour(opened + 1 + random.nextDouble() * 3), TicketRecord.STATUS,
                        "In Progress", "Waiting"));
                last = "Waiting";
            }
            changes.add(FieldChange.value(hour(opened + duration), TicketRecord.STATUS, last, "Done"));
            Map<String, String> current = new TreeMap<>();
            current.put(TicketRecord.STATUS, "Done");
            current.put("group", group);
            out.add(new TicketRecord("HELP-" + (i + 1), "HELP", hour(opened), hour(opened + duration), current,
                    changes));
        }
        return out;
    }
}
