package io.promisekeeper.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.standin.EntityManagerActiveObjects;
import io.promisekeeper.core.calendar.Calendars;
import io.promisekeeper.core.notice.AgentPrompt;
import io.promisekeeper.core.notice.AgentPrompts;
import io.promisekeeper.core.notice.ContactCap;
import io.promisekeeper.core.notice.DelayNotice;
import io.promisekeeper.core.notice.EpisodeKey;
import io.promisekeeper.core.notice.NodeCrash;
import io.promisekeeper.core.notice.NoticeLog;
import io.promisekeeper.core.notice.NoticeOutlets;
import io.promisekeeper.core.notice.NoticePlanner;
import io.promisekeeper.core.notice.NoticePolicy;
import io.promisekeeper.core.notice.NoticeRound;
import io.promisekeeper.core.notice.NoticeSender;
import io.promisekeeper.core.notice.NoticeTemplates;
import io.promisekeeper.core.notice.PromptReason;
import io.promisekeeper.core.notice.QuietHours;
import io.promisekeeper.core.notice.RoundReport;
import io.promisekeeper.core.notice.RoundSettings;
import io.promisekeeper.core.notice.TeamTasks;
import io.promisekeeper.core.notice.TicketSnapshots;
import io.promisekeeper.core.promise.PromiseStatus;
import io.promisekeeper.core.rules.Action;
import io.promisekeeper.core.rules.FixedTimerForecast;
import io.promisekeeper.core.rules.Rule;
import io.promisekeeper.core.rules.RuleEngine;
import io.promisekeeper.core.rules.RuleMode;
import io.promisekeeper.core.rules.RuleSet;
import io.promisekeeper.core.rules.TicketSnapshot;
import io.promisekeeper.core.rules.Trigger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The "exactly once", on a real database (H2, and PostgreSQL in the second run): two nodes, each with its
 * own round, sender and connection pool, tick at the same time over 10,000 at-risk promises.
 */
class NoticeExactlyOnceTest {
    private static final int PROMISES = 10_000;
    private static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");
    private static final RoundSettings SETTINGS = new RoundSettings(Duration.ofDays(1), Duration.ofMinutes(15), 200);
    /** Node A stops dead at one of three points for promises whose id modulo this is 1, 2 or 3. */
    private static final int FAULT_EVERY = 1000;

    private final List<EntityManagerActiveObjects> nodes = TestDatabase.openShared(2);
    /** What customers received: every notice any node's sender posted. */
    private final ConcurrentLinkedQueue<DelayNotice> inbox = new ConcurrentLinkedQueue<>();

    @AfterEach
    void close() {
        nodes.forEach(EntityManagerActiveObjects::close);
    }

    @Test
    void twoNodesTickingTogetherTellEveryCustomerExactlyOnce() throws Exception {
        seed();
        long start = System.nanoTime();
        List<RoundReport> reports = concurrently(
                () -> ticks(node(0, inbox::add), NOW, NOW.plusSeconds(300)),
                () -> ticks(node(1, inbox::add), NOW, NOW.plusSeconds(300)));
        long millis = (System.nanoTime() - start) / 1_000_000;

        Map<Long, Long> perPromise = perPromise();
        assertThat(perPromise).hasSize(PROMISES);
        assertThat(perPromise.values()).containsOnly(1L);
        assertThat(states()).containsExactly(Map.entry("SENT", (long) PROMISES));
        assertThat(count(AgentPromptEntity.class)).isZero();
        assertThat(count(NoticeContactEntity.class)).isEqualTo(PROMISES);
        assertThat(reports.get(0).sent() + reports.get(1).sent()).isEqualTo(PROMISES);
        System.out.printf("exactly once on %s: %d promises, node A sent %d, node B sent %d, %d ms%n",
                TestDatabase.kind(), PROMISES, reports.get(0).sent(), reports.get(1).sent(), millis);
    }

    @Test
    void nodesStoppingBetweenClaimAndSendOrAfterSendingNeverCauseASecondNotice() throws Exception {
        seed();
        Map<String, AtomicInteger> crashes = new ConcurrentHashMap<>();
        Set<Long> crashedOnce = ConcurrentHashMap.newKeySet();
        // Node A dies: before taking the outcome (1), after marking SENDING but before posting (2), after posting (3).
        NoticeSender faultySender = n -> {
            long fault = n.promiseId() % FAULT_EVERY;
            if (fault == 2 && crashedOnce.add(n.promiseId())) {
                crashes.computeIfAbsent("before sending", k -> new AtomicInteger()).incrementAndGet();
                throw new NodeCrash("before sending");
            }
            inbox.add(n);
            if (fault == 3 && crashedOnce.add(n.promiseId())) {
                crashes.computeIfAbsent("after sending", k -> new AtomicInteger()).incrementAndGet();
                throw new NodeCrash("after sending, before recording SENT");
            }
        };
        long start = System.nanoTime();
        concurrently(
                () -> {
                    // A node that dies restarts with a fresh round and ticks again, as a Jira node would.
                    for (Instant at : List.of(NOW, NOW.plusSeconds(300))) {
                        while (true) {
                            try {
                                node(0, faultySender, crashes, crashedOnce).tick(at);
                                break;
                            } catch (NodeCrash stopped) {
                                // restart
                            }
                        }
                    }
                    return RoundReport.none();
                },
                () -> ticks(node(1, inbox::add), NOW, NOW.plusSeconds(300)));
        // Retries on both nodes after the crashes: nothing may go out again.
        ticks(node(0, inbox::add), NOW.plusSeconds(900));
        ticks(node(1, inbox::add), NOW.plusSeconds(900));
        NoticeRound sweeper = node(1, inbox::add);
        RoundReport early = sweeper.sweep(NOW.plusSeconds(900));
        RoundReport swept = sweeper.sweep(NOW.plus(Duration.ofMinutes(30)));
        RoundReport again = sweeper.sweep(NOW.plus(Duration.ofMinutes(45)));
        long millis = (System.nanoTime() - start) / 1_000_000;

        Map<Long, Long> perPromise = perPromise();
        assertThat(perPromise.values()).containsOnly(1L);
        Map<Long, AgentPrompt> prompts = prompts();
        int beforeOutcome = crashes.getOrDefault("before outcome", new AtomicInteger()).get();
        int beforeSending = crashes.getOrDefault("before sending", new AtomicInteger()).get();
        int afterSending = crashes.getOrDefault("after sending", new AtomicInteger()).get();
        assertThat(beforeOutcome + beforeSending + afterSending).as("faults that fired").isPositive();
        assertThat(early.lost()).isZero();
        assertThat(swept.lost()).isEqualTo(beforeOutcome + beforeSending + afterSending);
        assertThat(again.lost()).isZero();
        // None lost: every promise was either told or handed to an agent to check.
        for (long id : promiseIds()) {
            assertThat(perPromise.containsKey(id) || prompts.containsKey(id)).as("promise %d told or prompted", id)
                    .isTrue();
        }
        for (Map.Entry<Long, AgentPrompt> e : prompts.entrySet()) {
            long fault = e.getKey() % FAULT_EVERY;
            assertThat(fault).isBetween(1L, 3L);
            assertThat(e.getValue().reason())
                    .isEqualTo(fault == 1 ? PromptReason.NOT_SENT : PromptReason.MAYBE_SENT);
            assertThat(perPromise.containsKey(e.getKey())).isEqualTo(fault == 3);
        }
        assertThat(prompts).hasSize(beforeOutcome + beforeSending + afterSending);
        assertThat(states()).containsOnly(Map.entry("SENT", (long) (PROMISES - prompts.size())),
                Map.entry("LOST", (long) prompts.size()));
        System.out.printf("exactly once with crashes on %s: %d promises, %d told, crashes before outcome %d, before"
                        + " sending %d, after sending %d, %d prompts, %d ms%n", TestDatabase.kind(), PROMISES,
                perPromise.size(), beforeOutcome, beforeSending, afterSending, prompts.size(), millis);
    }

    private static RoundReport ticks(NoticeRound round, Instant... at) {
        RoundReport report = RoundReport.none();
        for (Instant t : at) {
            report = report.plus(round.tick(t));
        }
        return report;
    }

    @SafeVarargs
    private static List<RoundReport> concurrently(Callable<RoundReport>... work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.length);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<RoundReport>> futures = new ArrayList<>();
            for (Callable<RoundReport> w : work) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return w.call();
                }));
            }
            go.countDown();
            List<RoundReport> reports = new ArrayList<>();
            for (Future<RoundReport> f : futures) {
                reports.add(f.get());
            }
            return reports;
        } finally {
            pool.shutdownNow();
        }
    }

    private NoticeRound node(int index, NoticeSender sender) {
        return node(index, sender, null, null);
    }

    private NoticeRound node(int index, NoticeSender sender, Map<String, AtomicInteger> crashes, Set<Long> once) {
        EntityManagerActiveObjects ao = nodes.get(index);
        NoticeLog log = new ActiveObjectsNoticeLog(ao, Clock.fixed(NOW, ZoneOffset.UTC));
        NoticeLog roundLog = crashes == null ? log : new CrashingLog(log, episode -> {
            long id = Long.parseLong(episode.subject().substring("promise:".length()));
            if (id % FAULT_EVERY == 1 && once.add(id)) {
                crashes.computeIfAbsent("before outcome", k -> new AtomicInteger()).incrementAndGet();
                return true;
            }
            return false;
        });
        NoticePlanner planner = new NoticePlanner(new RuleEngine(new FixedTimerForecast(0.25)),
                new NoticePolicy(QuietHours.none(), new ContactCap(1, 5), Duration.ofMinutes(30)),
                NoticeTemplates.defaults(), log);
        AgentPrompts prompts = new ActiveObjectsAgentPrompts(ao);
        RuleSet rules = new RuleSet(List.of(new Rule("risk", "At risk", true, RuleMode.AUTOMATIC,
                new Trigger.PromiseAtRisk(0.5), List.of(),
                List.of(new Action.SendDelayNotice(NoticeTemplates.DELAY_NOTICE)))));
        return new NoticeRound(new ActiveObjectsPromiseStore(ao), NoticeExactlyOnceTest::snapshots, () -> rules,
                planner, roundLog, new ActiveObjectsNoticeJournal(ao), new NoticeOutlets(sender, prompts,
                TeamTasks.ignored()), SETTINGS);
    }

    private static Map<String, TicketSnapshot> snapshots(Collection<String> keys) {
        Map<String, TicketSnapshot> snapshots = new HashMap<>();
        for (String k : keys) {
            snapshots.put(k, new TicketSnapshot(k, "SD", "Question", "Medium", Set.of(), Set.of(), "Open",
                    "cust-" + k, "Kim", k.hashCode() % 2 == 0 ? "nl" : "en", ZoneId.of("Europe/Amsterdam"), "Anna",
                    null, null, null, 0, false, List.of(), Calendars.dutchOffice()));
        }
        return snapshots;
    }

    /** 10,000 open promises on as many tickets, made 10 hours ago and due in 2 to 3 hours: all at risk. */
    private void seed() throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>(PROMISES);
        for (int i = 1; i <= PROMISES; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("TICKET_KEY", "SD-" + i);
            row.put("TEXT", "We will send you an update (" + i + ")");
            row.put("KIND", "UPDATE");
            row.put("DUE_AT", NOW.plus(Duration.ofHours(2)).plusSeconds(i % 3600).toEpochMilli());
            row.put("CALENDAR_ID", "nl-office");
            row.put("MADE_BY", "anna");
            row.put("MADE_AT", NOW.minus(Duration.ofHours(10)).toEpochMilli());
            row.put("CHANNEL", "EMAIL");
            row.put("SOURCE", "AGENT");
            row.put("STATUS", PromiseStatus.OPEN.name());
            row.put("ROW_VERSION", 1L);
            rows.add(row);
        }
        nodes.get(0).entityManager().create(PromiseEntity.class, rows);
    }

    private Map<Long, Long> perPromise() {
        return inbox.stream().collect(Collectors.groupingBy(DelayNotice::promiseId, Collectors.counting()));
    }

    private List<Long> promiseIds() {
        return java.util.Arrays.stream(nodes.get(0).find(PromiseEntity.class, Query.select("ID")))
                .map(p -> (long) p.getID()).toList();
    }

    private Map<Long, AgentPrompt> prompts() {
        Map<Long, AgentPrompt> byPromise = new HashMap<>();
        ActiveObjectsAgentPrompts store = new ActiveObjectsAgentPrompts(nodes.get(0));
        for (AgentPromptEntity row : nodes.get(0).find(AgentPromptEntity.class, Query.select("ID, TICKET_KEY"))) {
            for (var p : store.pendingForTicket(row.getTicketKey())) {
                assertThat(byPromise.put(p.prompt().notice().promiseId(), p.prompt())).isNull();
            }
        }
        return byPromise;
    }

    private Map<String, Long> states() {
        return java.util.Arrays.stream(nodes.get(0).find(NoticeEntity.class, Query.select("ID, NOTICE_STATE")))
                .collect(Collectors.groupingBy(NoticeEntity::getNoticeState, Collectors.counting()));
    }

    private int count(Class<? extends net.java.ao.RawEntity<Integer>> type) {
        return nodes.get(0).count(type, Query.select("ID"));
    }

    /** A node whose notice log stops it dead just before it would take a notice's outcome. */
    private record CrashingLog(NoticeLog log, Function<EpisodeKey, Boolean> crashBeforeOutcome) implements NoticeLog {
        @Override
        public EpisodeKey currentEpisode(String subject) {
            return log.currentEpisode(subject);
        }

        @Override
        public boolean claim(EpisodeKey episode, String purpose) {
            if (NoticeLog.NOTICE_OUTCOME.equals(purpose) && crashBeforeOutcome.apply(episode)) {
                throw new NodeCrash("before taking the outcome");
            }
            return log.claim(episode, purpose);
        }

        @Override
        public boolean isClaimed(EpisodeKey episode, String purpose) {
            return log.isClaimed(episode, purpose);
        }

        @Override
        public void endEpisode(String subject) {
            log.endEpisode(subject);
        }

        @Override
        public int forgetContactsBefore(Instant before, int limit) {
            return log.forgetContactsBefore(before, limit);
        }

        @Override
        public void recordContact(String customer, Instant at) {
            log.recordContact(customer, at);
        }

        @Override
        public List<Instant> contactsSince(String customer, Instant since) {
            return log.contactsSince(customer, since);
        }

        @Override
        public java.util.Optional<io.promisekeeper.core.notice.ContactPlace> claimContact(String customer,
                                                                                          Instant at, ContactCap cap) {
            return log.claimContact(customer, at, cap);
        }

        @Override
        public void releaseContact(io.promisekeeper.core.notice.ContactPlace place) {
            log.releaseContact(place);
        }

        @Override
        public io.promisekeeper.core.notice.NoticeLogSnapshot snapshot(Collection<String> subjects,
                                                                      Collection<String> customers, Instant since) {
            return log.snapshot(subjects, customers, since);
        }
    }
}
