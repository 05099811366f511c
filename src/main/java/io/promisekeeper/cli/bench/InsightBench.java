package io.promisekeeper.cli.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisekeeper.core.delight.DelightCatalogue;
import io.promisekeeper.core.insight.DelightGestureFacts;
import io.promisekeeper.core.insight.InsightFilter;
import io.promisekeeper.core.insight.InsightReader;
import io.promisekeeper.core.insight.InsightReport;
import io.promisekeeper.core.insight.TicketFacts;
import io.promisekeeper.core.insight.TicketFactsSource;
import io.promisekeeper.jira.store.ActiveObjectsDelightActions;
import io.promisekeeper.jira.store.ActiveObjectsNoticeJournal;
import io.promisekeeper.jira.store.ActiveObjectsPromiseStore;
import io.promisekeeper.standin.EntityManagerActiveObjects;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The insight page across projects over a year of settled promises in Active Objects on an H2 file database:
 * promises (two per ticket, each with its created and settled change), one delay notice per five promises and one
 * gesture per fifty, spread over five projects. Times {@link InsightReader#report} and counts the store calls and
 * the calls to the ticket facts port.
 */
public final class InsightBench {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Instant END = TODAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final List<String> PROJECTS = List.of("HELP", "IT", "HR", "FAC", "LEGAL");
    private static final String PREFIX = EntityManagerActiveObjects.TABLE_PREFIX;

    private final int rounds;

    /** {@code rounds} timed reports after one warm-up report; the median is printed. */
    public InsightBench(int rounds) {
        this.rounds = rounds;
    }

    /** What one size gave. */
    public record Figures(int promises, int tickets, long seedMillis, Timings report, int storeCalls,
                          int factsCalls, int ticketsRead, int keptOrBroken) {
    }

    /** Seeds {@code promises} settled promises into a fresh database and times the across-projects report. */
    public Figures run(int promises) {
        try (ScratchDatabase db = ScratchDatabase.open("insight")) {
            EntityManagerActiveObjects ao = db.activeObjects();
            long seedStart = System.nanoTime();
            seed(ao, promises);
            long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;

            AtomicInteger storeCalls = new AtomicInteger();
            ActiveObjects counted = counting(ao, storeCalls);
            AtomicInteger factsCalls = new AtomicInteger();
            AtomicInteger ticketsRead = new AtomicInteger();
            TicketFactsSource facts = keys -> {
                factsCalls.incrementAndGet();
                ticketsRead.addAndGet(keys.size());
                return syntheticFacts(keys);
            };
            InsightReader reader = new InsightReader(new ActiveObjectsPromiseStore(counted), facts,
                    keys -> Map.of(), new ActiveObjectsNoticeJournal(counted),
                    new DelightGestureFacts(new ActiveObjectsDelightActions(counted), DelightCatalogue::defaults,
                            facts));
            InsightFilter filter = new InsightFilter(TODAY.minusDays(365), TODAY.minusDays(1), ZoneOffset.UTC,
                    Set.copyOf(PROJECTS), null);

            reader.report(filter);
            long[] nanos = new long[rounds];
            InsightReport report = null;
            for (int r = 0; r < rounds; r++) {
                storeCalls.set(0);
                factsCalls.set(0);
                ticketsRead.set(0);
                long start = System.nanoTime();
                report = reader.report(filter);
                nanos[r] = System.nanoTime() - start;
            }
            return new Figures(promises, promises / 2, seedMillis, new Timings("insight report", nanos),
                    storeCalls.get(), factsCalls.get(), ticketsRead.get(), settledIn(report));
        }
    }

    private static int settledIn(InsightReport report) {
        return report == null ? 0 : report.keptRates().overall().kept() + report.keptRates().overall().broken();
    }

    /** Every call to Active Objects counts as one store call (a find, a count, a create each reach the database). */
    private static ActiveObjects counting(ActiveObjects ao, AtomicInteger calls) {
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() != Object.class) {
                        calls.incrementAndGet();
                    }
                    try {
                        return method.invoke(ao, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static Map<String, TicketFacts> syntheticFacts(Collection<String> keys) {
        Map<String, TicketFacts> out = new HashMap<>();
        for (String key : keys) {
            int n = Integer.parseInt(key.substring(key.indexOf('-') + 1));
            out.put(key, new TicketFacts(key, "team-" + (n % 7), n % 3 == 0 ? "Incident" : "Question", null));
        }
        return out;
    }

    // Plain JDBC batches: seeding through entity proxies would time the seeding, not the report.
    private static void seed(EntityManagerActiveObjects ao, int promises) {
        SplittableRandom random = new SplittableRandom(7);
        long yearMillis = Duration.ofDays(365).toMillis();
        try (Connection c = ao.entityManager().getProvider().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement promise = c.prepareStatement("INSERT INTO " + PREFIX + "PROMISE (TICKET_KEY,"
                    + " TEXT, KIND, DUE_AT, CALENDAR_ID, MADE_BY, MADE_AT, CHANNEL, SOURCE, STATUS, ROW_VERSION)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement change = c.prepareStatement("INSERT INTO " + PREFIX + "PROMISE_CHANGE (PROMISE_ID,"
                         + " CLAIM, WHO, CHANGED_AT, CHANGE_TYPE, DETAIL) VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement notice = c.prepareStatement("INSERT INTO " + PREFIX + "NOTICE (EPISODE_KEY,"
                         + " SUBJECT, EPISODE, TICKET_KEY, PROMISE_ID, CUSTOMER, LANGUAGE_TAG, BODY, RULE_ID,"
                         + " TEMPLATE_ID, RULE_MODE, REASON, SEND_AT, NOTICE_STATE, CLAIMED_AT, UPDATED_AT)"
                         + " VALUES (?, ?, 1, ?, ?, ?, 'en', ?, 'at-risk', 'delay-notice', 'AUTOMATIC', 'at risk', ?,"
                         + " 'SENT', ?, ?)");
                 PreparedStatement gesture = c.prepareStatement("INSERT INTO " + PREFIX + "DELIGHT_ACTION"
                         + " (SUBJECT_KEY, CUSTOMER_SLOT, TEAM_SLOT, TICKET_KEY, CUSTOMER, TEAM, GESTURE_ID, RULE_ID,"
                         + " SUBJECT, REASON, SUGGESTED_AT, STATE, COST_CENTS, ROW_VERSION)"
                         + " VALUES (?, ?, ?, ?, ?, ?, ?, 'delight', ?, 'broken promise', ?, ?, ?, 1)")) {
                List<String> gestures = List.copyOf(DelightCatalogue.defaults().ids());
                for (int i = 0; i < promises; i++) {
                    long id = i + 1L;
                    String project = PROJECTS.get((i / 2) % PROJECTS.size());
                    String ticket = project + "-" + (i / 2 + 1);
                    long made = END.toEpochMilli() - 1 - random.nextLong(yearMillis);
                    long due = made + Duration.ofHours(4 + random.nextInt(72)).toMillis();
                    boolean kept = random.nextInt(100) < 82;
                    long settled = kept ? due - random.nextLong(Duration.ofHours(3).toMillis())
                            : due + random.nextLong(Duration.ofHours(30).toMillis());
                    promise.setString(1, ticket);
                    promise.setString(2, "We will call you back about your request (" + i + ")");
                    promise.setString(3, i % 3 == 0 ? "CALLBACK" : "RESOLUTION");
                    promise.setLong(4, due);
                    promise.setString(5, "default");
                    promise.setString(6, "agent-" + (i % 40));
                    promise.setLong(7, made);
                    promise.setString(8, "EMAIL");
                    promise.setString(9, "AGENT");
                    promise.setString(10, kept ? "KEPT" : "BROKEN");
                    promise.setLong(11, 2L);
                    promise.addBatch();
                    addChange(change, id, id + ":1", made, "CREATED");
                    addChange(change, id, id + ":2", settled, kept ? "KEPT" : "BROKEN");
                    if (i % 5 == 0) {
                        String subject = "promise:" + id;
                        notice.setString(1, subject + "#1");
                        notice.setString(2, subject);
                        notice.setString(3, ticket);
                        notice.setLong(4, id);
                        notice.setString(5, "customer-" + (i / 6));
                        notice.setString(6, "We are running late with your request; we now expect to answer soon.");
                        long sendAt = due - Duration.ofHours(2).toMillis();
                        notice.setLong(7, sendAt);
                        notice.setLong(8, sendAt);
                        notice.setLong(9, sendAt);
                        notice.addBatch();
                    }
                    if (i % 50 == 1) {
                        String subject = "promise:" + id + "#1";
                        gesture.setString(1, subject + "|" + gestures.get(i % gestures.size()));
                        gesture.setString(2, "free-customer|" + subject);
                        gesture.setString(3, "free|" + subject);
                        gesture.setString(4, ticket);
                        gesture.setString(5, "customer-" + (i / 6));
                        gesture.setString(6, project);
                        gesture.setString(7, gestures.get(i % gestures.size()));
                        gesture.setString(8, subject);
                        gesture.setLong(9, settled);
                        gesture.setString(10, i % 3 == 0 ? "DONE" : "SUGGESTED");
                        gesture.setLong(11, 500);
                        gesture.addBatch();
                    }
                    if (i % 5_000 == 4_999) {
                        flush(c, promise, change, notice, gesture);
                    }
                }
                flush(c, promise, change, notice, gesture);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("seeding failed: " + e.getMessage(), e);
        }
    }

    private static void addChange(PreparedStatement change, long id, String claim, long at, String type)
            throws SQLException {
        change.setLong(1, id);
        change.setString(2, claim);
        change.setString(3, "agent");
        change.setLong(4, at);
        change.setString(5, type);
        change.setString(6, null);
        change.addBatch();
    }

    private static void flush(Connection c, PreparedStatement... batches) throws SQLException {
        for (PreparedStatement b : batches) {
            b.executeBatch();
        }
        c.commit();
    }

    /** Measures each size and prints one table row per size. */
    public static void printTable(PrintWriter out, List<Integer> sizes) {
        InsightBench bench = new InsightBench(3);
        out.println("| settled promises | tickets | seed s | report ms median (of 3) | report ms max | store calls"
                + " | ticket-facts calls (tickets) | kept + broken counted |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int n : sizes) {
            Figures f = bench.run(n);
            out.printf(Locale.ROOT, "| %,d | %,d | %.1f | %.0f | %.0f | %,d | %,d (%,d) | %,d |%n", f.promises(),
                    f.tickets(), f.seedMillis() / 1000.0, f.report().median() / 1e6, f.report().max() / 1e6,
                    f.storeCalls(), f.factsCalls(), f.ticketsRead(), f.keptOrBroken());
        }
    }
}
