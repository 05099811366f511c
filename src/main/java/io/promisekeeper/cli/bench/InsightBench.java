package io.promisekeeper.cli.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import com.atlassian.servicedesk.api.requesttype.RequestTypeQuery;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import io.promisekeeper.core.delight.DelightCatalogue;
import io.promisekeeper.core.insight.DelightGestureFacts;
import io.promisekeeper.core.insight.InsightFilter;
import io.promisekeeper.core.insight.InsightReader;
import io.promisekeeper.core.insight.InsightReport;
import io.promisekeeper.core.insight.TicketFactsSource;
import io.promisekeeper.jira.insight.JiraTicketFacts;
import io.promisekeeper.jira.insight.StoredTicketFacts;
import io.promisekeeper.jira.store.ActiveObjectsDelightActions;
import io.promisekeeper.jira.store.ActiveObjectsNoticeJournal;
import io.promisekeeper.jira.store.ActiveObjectsPromiseStore;
import io.promisekeeper.jira.store.ActiveObjectsTicketFacts;
import io.promisekeeper.standin.EntityManagerActiveObjects;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The insight page across projects over a year of settled promises in Active Objects on an H2 file database:
 * promises (two per ticket, each with its created and settled change), one delay notice per five promises and one
 * gesture per fifty, spread over five projects. Times {@link InsightReader#report} with the ticket facts read
 * from Jira ticket by ticket and from the app's table, counting the store calls and every call the Jira adapter
 * makes (a stand-in issue manager and request-type service count them).
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

    /** Where the report's ticket facts come from. */
    public enum FactsRoute {
        /** Jira, ticket by ticket: one issue read and one request-type query per ticket, every report. */
        JIRA_PER_TICKET("from Jira, ticket by ticket"),
        /** The app's table, one query per 500 tickets; the first report reads Jira for each ticket and stores it. */
        STORED_FIRST("stored, first report (fills the table)"),
        /** The app's table once it holds every ticket. */
        STORED("stored, later reports");

        private final String label;

        FactsRoute(String label) {
            this.label = label;
        }
    }

    /** What one size gave along one route. */
    public record Figures(FactsRoute route, int promises, int tickets, long seedMillis, Timings report,
                          int storeCalls, int issueReads, int requestTypeQueries, int keptOrBroken) {
    }

    /** Seeds {@code promises} settled promises into a fresh database and times the report along each route. */
    public List<Figures> run(int promises) {
        try (ScratchDatabase db = ScratchDatabase.open("insight")) {
            EntityManagerActiveObjects ao = db.activeObjects();
            long seedStart = System.nanoTime();
            seed(ao, promises);
            long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;

            AtomicInteger storeCalls = new AtomicInteger();
            ActiveObjects counted = counting(ao, storeCalls);
            StandInJira jira = new StandInJira();
            TicketFactsSource perTicket = new JiraTicketFacts(jira.issues(), jira.requestTypes(), jira.authentication());
            TicketFactsSource stored = new StoredTicketFacts(new ActiveObjectsTicketFacts(counted), perTicket,
                    Clock.systemUTC());
            InsightFilter filter = new InsightFilter(TODAY.minusDays(365), TODAY.minusDays(1), ZoneOffset.UTC,
                    Set.copyOf(PROJECTS), null);
            Measure measure = (route, facts, warmUp, times) -> {
                InsightReader reader = new InsightReader(new ActiveObjectsPromiseStore(counted), facts,
                        keys -> Map.of(), new ActiveObjectsNoticeJournal(counted),
                        new DelightGestureFacts(new ActiveObjectsDelightActions(counted), DelightCatalogue::defaults,
                                facts));
                if (warmUp) {
                    reader.report(filter);
                }
                long[] nanos = new long[times];
                InsightReport report = null;
                for (int r = 0; r < times; r++) {
                    storeCalls.set(0);
                    jira.reset();
                    long start = System.nanoTime();
                    report = reader.report(filter);
                    nanos[r] = System.nanoTime() - start;
                }
                return new Figures(route, promises, promises / 2, seedMillis, new Timings("insight report", nanos),
                        storeCalls.get(), jira.issueReads.get(), jira.requestTypeQueries.get(), settledIn(report));
            };
            List<Figures> figures = new ArrayList<>();
            figures.add(measure.run(FactsRoute.JIRA_PER_TICKET, perTicket, true, rounds));
            // The first stored report is the one that meets an empty table: timed once, no warm-up before it.
            figures.add(measure.run(FactsRoute.STORED_FIRST, stored, false, 1));
            figures.add(measure.run(FactsRoute.STORED, stored, false, rounds));
            return figures;
        }
    }

    @FunctionalInterface
    private interface Measure {
        Figures run(FactsRoute route, TicketFactsSource facts, boolean warmUp, int times);
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

    /**
     * Jira's issue manager and JSM's request-type service as the Jira adapter calls them, answering from the
     * ticket number and counting every call: each would be a read of Jira's issue cache or database.
     */
    static final class StandInJira {
        final AtomicInteger issueReads = new AtomicInteger();
        final AtomicInteger requestTypeQueries = new AtomicInteger();

        void reset() {
            issueReads.set(0);
            requestTypeQueries.set(0);
        }

        IssueManager issues() {
            return proxy(IssueManager.class, (method, args) -> {
                if (!method.equals("getIssueObject")) {
                    throw new UnsupportedOperationException(method);
                }
                issueReads.incrementAndGet();
                String key = (String) args[0];
                long number = Long.parseLong(key.substring(key.indexOf('-') + 1));
                ProjectComponent component = proxy(ProjectComponent.class, (m, a) -> "component-" + (number % 7));
                return proxy(MutableIssue.class, (m, a) -> switch (m) {
                    case "getId" -> number;
                    case "getKey" -> key;
                    case "getComponents" -> List.of(component);
                    default -> throw new UnsupportedOperationException(m);
                });
            });
        }

        RequestTypeService requestTypes() {
            return proxy(RequestTypeService.class, (method, args) -> switch (method) {
                case "newQueryBuilder" -> new QueryBuilder().proxy();
                case "getRequestTypes" -> {
                    requestTypeQueries.incrementAndGet();
                    long issue = ((QueryBuilder) Proxy.getInvocationHandler(args[1])).issue;
                    RequestType type = proxy(RequestType.class, (m, a) -> issue % 3 == 0 ? "Incident" : "Question");
                    yield proxy(PagedResponse.class, (m, a) -> switch (m) {
                        case "getResults" -> List.of(type);
                        case "hasNextPage" -> false;
                        default -> throw new UnsupportedOperationException(m);
                    });
                }
                default -> throw new UnsupportedOperationException(method);
            });
        }

        /** The viewer of insight is logged in (a report is asked for over REST). */
        JiraAuthenticationContext authentication() {
            ApplicationUser viewer = proxy(ApplicationUser.class, (method, args) -> switch (method) {
                case "getKey", "getName", "getUsername" -> "lead";
                default -> null;
            });
            return proxy(JiraAuthenticationContext.class, (method, args) -> "getLoggedInUser".equals(method) ? viewer
                    : null);
        }

        /** The query builder, and the built query as the same handler (it carries the issue id). */
        private static final class QueryBuilder implements java.lang.reflect.InvocationHandler {
            long issue;

            RequestTypeQuery.Builder proxy() {
                return (RequestTypeQuery.Builder) Proxy.newProxyInstance(InsightBench.class.getClassLoader(),
                        new Class<?>[] {RequestTypeQuery.Builder.class, RequestTypeQuery.class}, this);
            }

            @Override
            public Object invoke(Object self, java.lang.reflect.Method method, Object[] args) {
                return switch (method.getName()) {
                    case "issue" -> {
                        issue = (Long) args[0];
                        yield self;
                    }
                    case "build" -> self;
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> "query for issue " + issue;
                };
            }
        }

        @FunctionalInterface
        private interface Answer {
            Object answer(String method, Object[] args);
        }

        @SuppressWarnings("unchecked")
        private static <T> T proxy(Class<T> type, Answer answer) {
            return (T) Proxy.newProxyInstance(InsightBench.class.getClassLoader(), new Class<?>[] {type},
                    (self, method, args) -> switch (method.getName()) {
                        case "hashCode" -> System.identityHashCode(self);
                        case "equals" -> self == args[0];
                        case "toString" -> type.getSimpleName();
                        default -> answer.answer(method.getName(), args);
                    });
        }
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

    /** Measures each size and prints one table row per size and route. */
    public static void printTable(PrintWriter out, List<Integer> sizes) {
        InsightBench bench = new InsightBench(3);
        out.println("| settled promises | tickets | seed s | ticket facts | report ms median | report ms max | store calls"
                + " | Jira calls: issue reads + request-type queries | kept + broken counted |");
        out.println("|---:|---:|---:|---|---:|---:|---:|---:|---:|");
        for (int n : sizes) {
            for (Figures f : bench.run(n)) {
                out.printf(Locale.ROOT, "| %,d | %,d | %.1f | %s | %.0f | %.0f | %,d | %,d + %,d | %,d |%n",
                        f.promises(), f.tickets(), f.seedMillis() / 1000.0, f.route().label, f.report().median() / 1e6,
                        f.report().max() / 1e6, f.storeCalls(), f.issueReads(), f.requestTypeQueries(),
                        f.keptOrBroken());
                out.flush();
            }
        }
    }
}
