package io.promisekeeper.cli.bench;

import io.promisekeeper.standin.EntityManagerActiveObjects;
import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.notice.ContactCap;
import io.promisekeeper.core.notice.NoticeOutlets;
import io.promisekeeper.core.notice.NoticePlanner;
import io.promisekeeper.core.notice.NoticePolicy;
import io.promisekeeper.core.notice.NoticeRound;
import io.promisekeeper.core.notice.NoticeTemplates;
import io.promisekeeper.core.notice.QuietHours;
import io.promisekeeper.core.notice.RoundReport;
import io.promisekeeper.core.notice.RoundSettings;
import io.promisekeeper.core.notice.TeamTasks;
import io.promisekeeper.core.notice.TicketSnapshots;
import io.promisekeeper.core.rules.Action;
import io.promisekeeper.core.rules.FixedTimerForecast;
import io.promisekeeper.core.rules.Rule;
import io.promisekeeper.core.rules.RuleEngine;
import io.promisekeeper.core.rules.RuleMode;
import io.promisekeeper.core.rules.RuleSet;
import io.promisekeeper.core.rules.TicketSnapshot;
import io.promisekeeper.core.rules.Trigger;
import io.promisekeeper.jira.store.ActiveObjectsAgentPrompts;
import io.promisekeeper.jira.store.ActiveObjectsNoticeJournal;
import io.promisekeeper.jira.store.ActiveObjectsNoticeLog;
import io.promisekeeper.jira.store.ActiveObjectsPromiseStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The scheduler's tick with N open promises in Active Objects on an H2 file database: the due-soon query, the
 * forecast (fixed timer), the rules, the plan, and claiming and recording what is sent. Promises are due evenly
 * over the next 90 days, two per ticket, so about 1.1 % fall in the one-day horizon.
 */
public final class TickBench {
    /** How far ahead promises are due; with a one-day horizon about 1/90 of them are due soon. */
    private static final Duration SPREAD = Duration.ofDays(90);
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration TICK_EVERY = Duration.ofMinutes(5);

    private final int ticks;

    /** {@code ticks} steady ticks are timed after the first one, which catches up on everything already at risk. */
    public TickBench(int ticks) {
        this.ticks = ticks;
    }

    /** What one size gave. */
    public record Figures(int promises, int dueSoon, long seedMillis, long firstTickMillis, RoundReport firstTick,
                          Timings catchUpTicks, RoundReport catchUpTotal, Timings selectDueSoon, Timings steadyTicks,
                          RoundReport steadyTotal, long firstTickCpuMillis, Timings steadyTickCpu) {
    }

    // The tick runs on the calling thread (H2 in-process too): its CPU time is what the tick costs, whatever else
    // the machine runs, so wall time far above it means the tick waited for a core.
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static long cpu() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** Seeds {@code promises} open promises into a fresh database and times the ticks. */
    public Figures run(int promises) {
        try (ScratchDatabase db = ScratchDatabase.open("tick")) {
            EntityManagerActiveObjects ao = db.activeObjects();
            long seedStart = System.nanoTime();
            seed(ao, promises);
            long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;

            ActiveObjectsPromiseStore store = new ActiveObjectsPromiseStore(ao);
            Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
            ActiveObjectsNoticeLog log = new ActiveObjectsNoticeLog(ao, clock);
            NoticePlanner planner = new NoticePlanner(new RuleEngine(new FixedTimerForecast(0.2)),
                    new NoticePolicy(new QuietHours(java.time.LocalTime.of(22, 0), java.time.LocalTime.of(7, 0)),
                            new ContactCap(2, 5), Duration.ofMinutes(30)), NoticeTemplates.defaults(), log);
            AtomicInteger posted = new AtomicInteger();
            RuleSet rules = rules();
            NoticeRound round = new NoticeRound(store, new SyntheticTickets(), () -> rules, planner, log,
                    new ActiveObjectsNoticeJournal(ao),
                    new NoticeOutlets(n -> posted.incrementAndGet(), new ActiveObjectsAgentPrompts(ao),
                            TeamTasks.ignored()), RoundSettings.defaults());

            int dueSoon = store.openDueWithoutHistory(T0, T0.plus(RoundSettings.defaults().horizon())).size();
            long firstStart = System.nanoTime();
            long firstCpu = cpu();
            RoundReport first = round.tick(T0);
            long firstCpuMillis = (cpu() - firstCpu) / 1_000_000;
            long firstMillis = (System.nanoTime() - firstStart) / 1_000_000;

            // The first tick stops at its budget of actions; the ticks after it go on where it stopped until one
            // does less than its budget. They are timed apart from the steady ticks that follow.
            List<Long> catchUp = new java.util.ArrayList<>();
            RoundReport caughtUp = first;
            RoundReport last = first;
            int tickNo = 0;
            while (NoticeRound.actions(last) >= RoundSettings.defaults().actionsPerTick() && catchUp.size() < 500) {
                Instant now = T0.plus(TICK_EVERY.multipliedBy(++tickNo));
                long t = System.nanoTime();
                last = round.tick(now);
                catchUp.add(System.nanoTime() - t);
                caughtUp = caughtUp.plus(last);
            }
            long[] select = new long[ticks];
            long[] tick = new long[ticks];
            long[] tickCpu = new long[ticks];
            RoundReport steady = RoundReport.none();
            for (int i = 0; i < ticks; i++) {
                Instant now = T0.plus(TICK_EVERY.multipliedBy(++tickNo));
                long s = System.nanoTime();
                store.openDueWithoutHistory(now, now.plus(RoundSettings.defaults().horizon()));
                select[i] = System.nanoTime() - s;
                long t = System.nanoTime();
                long c = cpu();
                steady = steady.plus(round.tick(now));
                tickCpu[i] = cpu() - c;
                tick[i] = System.nanoTime() - t;
            }
            return new Figures(promises, dueSoon, seedMillis, firstMillis, first,
                    new Timings("catch-up ticks", catchUp.stream().mapToLong(Long::longValue).toArray()), caughtUp,
                    new Timings("select due soon", select), new Timings("tick", tick), steady, firstCpuMillis,
                    new Timings("tick CPU", tickCpu));
        }
    }

    /** At risk → delay notice (automatic); due within 4 hours → an internal comment for the team. */
    private static RuleSet rules() {
        return new RuleSet(List.of(
                new Rule("at-risk", "Promise at risk", true, RuleMode.AUTOMATIC, new Trigger.PromiseAtRisk(0.6),
                        List.of(), List.of(new Action.SendDelayNotice(NoticeTemplates.DELAY_NOTICE))),
                new Rule("due-soon", "Promise due soon", true, RuleMode.AUTOMATIC,
                        new Trigger.PromiseDueWithin(Duration.ofHours(4)), List.of(),
                        List.of(new Action.AddInternalComment("Due within 4 hours: ${promiseText}")))));
    }

    // Plain JDBC batches: seeding a million rows through entity proxies would time the seeding, not the tick.
    private static void seed(EntityManagerActiveObjects ao, int promises) {
        String sql = "INSERT INTO " + EntityManagerActiveObjects.TABLE_PREFIX + "PROMISE (TICKET_KEY, TEXT, KIND,"
                + " DUE_AT, CALENDAR_ID, MADE_BY, MADE_AT, CHANNEL, SOURCE, STATUS, ROW_VERSION)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        SplittableRandom random = new SplittableRandom(42);
        try (Connection c = ao.entityManager().getProvider().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                for (int i = 0; i < promises; i++) {
                    long due = T0.toEpochMilli() + random.nextLong(SPREAD.toMillis());
                    long made = due - Duration.ofHours(24 + random.nextInt(9 * 24)).toMillis();
                    insert.setString(1, "BENCH-" + (i / 2 + 1));
                    insert.setString(2, "We will call you back about your request (" + i + ")");
                    insert.setString(3, i % 3 == 0 ? "CALLBACK" : "RESOLUTION");
                    insert.setLong(4, due);
                    insert.setString(5, "default");
                    insert.setString(6, "agent-" + (i % 40));
                    insert.setLong(7, made);
                    insert.setString(8, "EMAIL");
                    insert.setString(9, "AGENT");
                    insert.setString(10, "OPEN");
                    insert.setLong(11, 1L);
                    insert.addBatch();
                    if (i % 10_000 == 9_999) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("seeding failed: " + e.getMessage(), e);
        }
    }

    /** Tickets as the JSM adapter would read them: each customer has three tickets, two languages. */
    private static final class SyntheticTickets implements TicketSnapshots {
        private static final BusinessCalendar CALENDAR = BusinessCalendar.weekdays("default",
                ZoneId.of("Europe/Amsterdam"), 9, 17, Set.of());

        @Override
        public Map<String, TicketSnapshot> of(java.util.Collection<String> ticketKeys) {
            Map<String, TicketSnapshot> out = new HashMap<>();
            for (String key : ticketKeys) {
                int n = Integer.parseInt(key.substring(key.indexOf('-') + 1));
                out.put(key, new TicketSnapshot(key, "BENCH", "Question", "Medium", Set.of("Acme"), Set.of(),
                        "Waiting for support", "customer-" + (n / 3), "Kim", n % 2 == 0 ? "nl" : "en",
                        ZoneId.of("Europe/Amsterdam"), "Anna", null, null, null, 0, false, List.of(), CALENDAR));
            }
            return out;
        }
    }

    /** Runs the sizes given (default 10,000, 100,000 and 1,000,000) and prints a table. */
    public static void main(String[] args) {
        List<Integer> sizes = args.length == 0 ? List.of(10_000, 100_000, 1_000_000)
                : Stream.of(args).map(Integer::parseInt).toList();
        java.io.PrintWriter out = new java.io.PrintWriter(System.out, true);
        printTable(out, sizes);
        out.flush();
    }

    /** Measures each size and prints one table row per size. */
    public static void printTable(java.io.PrintWriter out, List<Integer> sizes) {
        TickBench bench = new TickBench(20);
        out.println("| open promises | due within 1 day | seed s | first tick ms (sent/team tasks) | catch-up ticks after"
                + " it: count, ms max | catch-up sent/team tasks in all | select due-soon ms median | steady tick ms"
                + " median | steady tick ms p99 | steady tick ms max | steady ticks: sent/team tasks/held | CPU ms of the"
                + " first tick | steady tick CPU ms p99 |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|");
        for (int n : sizes) {
            Figures f = bench.run(n);
            Timings c = f.catchUpTicks();
            out.printf(Locale.ROOT, "| %,d | %,d | %.1f | %d (%d/%d) | %d, %.1f | %d/%d | %.1f | %.1f | %.1f | %.1f"
                            + " | %d/%d/%d | %d | %.1f |%n",
                    f.promises(), f.dueSoon(), f.seedMillis() / 1000.0, f.firstTickMillis(), f.firstTick().sent(),
                    f.firstTick().teamTasks(), c.nanos().length, c.nanos().length == 0 ? 0.0 : ms(c.max()),
                    f.catchUpTotal().sent(), f.catchUpTotal().teamTasks(), ms(f.selectDueSoon().median()),
                    ms(f.steadyTicks().median()), ms(f.steadyTicks().p99()), ms(f.steadyTicks().max()),
                    f.steadyTotal().sent(), f.steadyTotal().teamTasks(), f.steadyTotal().held(),
                    f.firstTickCpuMillis(), ms(f.steadyTickCpu().p99()));
            out.flush();
        }
        out.println("At most " + RoundSettings.defaults().actionsPerTick() + " actions (notices sent or drafted,"
                + " team tasks) per tick; the catch-up ticks go on from where the one before stopped. CPU ms: the"
                + " ticking thread's own CPU time (wall time far above it is time spent waiting for a core).");
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
