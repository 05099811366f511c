package io.promisekeeper.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.standin.EntityManagerActiveObjects;
import io.promisekeeper.core.calendar.Calendars;
import io.promisekeeper.core.notice.ContactCap;
import io.promisekeeper.core.notice.DelayNotice;
import io.promisekeeper.core.notice.NoticeLog;
import io.promisekeeper.core.notice.NoticeOutlets;
import io.promisekeeper.core.notice.NoticePlanner;
import io.promisekeeper.core.notice.NoticePolicy;
import io.promisekeeper.core.notice.NoticeRound;
import io.promisekeeper.core.notice.NoticeTemplates;
import io.promisekeeper.core.notice.QuietHours;
import io.promisekeeper.core.notice.RoundSettings;
import io.promisekeeper.core.notice.TeamTasks;
import io.promisekeeper.core.promise.PromiseStatus;
import io.promisekeeper.core.rules.Action;
import io.promisekeeper.core.rules.FixedTimerForecast;
import io.promisekeeper.core.rules.Rule;
import io.promisekeeper.core.rules.RuleEngine;
import io.promisekeeper.core.rules.RuleMode;
import io.promisekeeper.core.rules.RuleSet;
import io.promisekeeper.core.rules.Trigger;
import io.promisekeeper.core.rules.TicketSnapshot;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The contact cap under races, on a real database: two nodes with two rounds each (the tick job and the event
 * re-evaluation run side by side) over customers who each have many at-risk tickets.
 */
class ContactCapRaceTest {
    private static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");
    private static final int TICKETS = 2_000;
    private static final int CUSTOMERS = 50;
    private static final ContactCap CAP = new ContactCap(2, 3);
    private static final RoundSettings SETTINGS = new RoundSettings(Duration.ofDays(1), Duration.ofMinutes(15), 100);

    private final List<EntityManagerActiveObjects> nodes = TestDatabase.openShared(2);
    private final ConcurrentLinkedQueue<DelayNotice> inbox = new ConcurrentLinkedQueue<>();

    @AfterEach
    void close() {
        nodes.forEach(EntityManagerActiveObjects::close);
    }

    @Test
    void twoNodesWithTwoThreadsEachNeverPushACustomerOverTheCap() throws Exception {
        seed();
        // Day one: everyone ticks at once, twice; then a day later, when the day's places are free again.
        runTogether(NOW, NOW.plusSeconds(300));
        Map<String, Long> firstDay = perCustomer(inbox);
        runTogether(NOW.plus(Duration.ofHours(25)), NOW.plus(Duration.ofHours(25)).plusSeconds(300));

        Map<String, List<Instant>> byCustomer = inbox.stream().collect(Collectors.groupingBy(DelayNotice::customer,
                Collectors.mapping(DelayNotice::sendAt, Collectors.toList())));
        assertThat(byCustomer).hasSize(CUSTOMERS);
        for (Map.Entry<String, List<Instant>> e : byCustomer.entrySet()) {
            for (Instant at : e.getValue()) {
                assertThat(ContactCap.countWithin(e.getValue(), at, ContactCap.DAY)).as(e.getKey() + " in a day")
                        .isLessThanOrEqualTo(CAP.perDay());
                assertThat(ContactCap.countWithin(e.getValue(), at, ContactCap.WEEK)).as(e.getKey() + " in a week")
                        .isLessThanOrEqualTo(CAP.perWeek());
            }
        }
        // The cap is used, not just respected: the first day fills every customer's day, the second their week.
        assertThat(firstDay.values()).containsOnly((long) CAP.perDay());
        assertThat(byCustomer.values()).allSatisfy(at -> assertThat(at).hasSize(CAP.perWeek()));
        assertThat(nodes.get(0).count(NoticeContactEntity.class, Query.select("ID"))).isEqualTo(inbox.size());
        System.out.printf("contact caps held on %s: %d notices to %d customers, none above its cap%n",
                TestDatabase.kind(), inbox.size(), byCustomer.size());
    }

    private void runTogether(Instant... at) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                NoticeRound round = round(nodes.get(thread % 2));
                running.add(pool.submit(() -> {
                    go.await();
                    for (Instant t : at) {
                        round.tick(t);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private NoticeRound round(EntityManagerActiveObjects ao) {
        NoticeLog log = new ActiveObjectsNoticeLog(ao, Clock.fixed(NOW, ZoneOffset.UTC));
        NoticePlanner planner = new NoticePlanner(new RuleEngine(new FixedTimerForecast(0.25)),
                new NoticePolicy(QuietHours.none(), CAP, Duration.ofMinutes(30)), NoticeTemplates.defaults(), log);
        RuleSet rules = new RuleSet(List.of(new Rule("risk", "At risk", true, RuleMode.AUTOMATIC,
                new Trigger.PromiseAtRisk(0.5), List.of(),
                List.of(new Action.SendDelayNotice(NoticeTemplates.DELAY_NOTICE)))));
        return new NoticeRound(new ActiveObjectsPromiseStore(ao), ContactCapRaceTest::snapshots, () -> rules,
                planner, log, new ActiveObjectsNoticeJournal(ao),
                new NoticeOutlets(inbox::add, new ActiveObjectsAgentPrompts(ao), TeamTasks.ignored()), SETTINGS);
    }

    /** Ticket SD-n belongs to customer n modulo {@link #CUSTOMERS}: forty tickets each. */
    private static Map<String, TicketSnapshot> snapshots(Collection<String> keys) {
        Map<String, TicketSnapshot> snapshots = new HashMap<>();
        for (String k : keys) {
            int n = Integer.parseInt(k.substring("SD-".length()));
            snapshots.put(k, new TicketSnapshot(k, "SD", "Question", "Medium", Set.of(), Set.of(), "Open",
                    "customer-" + (n % CUSTOMERS), "Kim", "en", ZoneId.of("Europe/Amsterdam"), "Anna",
                    null, null, null, 0, false, List.of(), Calendars.dutchOffice()));
        }
        return snapshots;
    }

    /** Open promises made long ago and due over the next days: all at risk at every tick. */
    private void seed() {
        List<Map<String, Object>> rows = new ArrayList<>(TICKETS);
        for (int i = 1; i <= TICKETS; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("TICKET_KEY", "SD-" + i);
            row.put("TEXT", "We will send you an update (" + i + ")");
            row.put("KIND", "UPDATE");
            // Half due on the first day, half on the second, so both days have at-risk promises of every customer.
            Instant base = (i / CUSTOMERS) % 2 == 0 ? NOW : NOW.plus(Duration.ofHours(25));
            row.put("DUE_AT", base.plus(Duration.ofHours(2)).plusSeconds(i % 3600).toEpochMilli());
            row.put("CALENDAR_ID", "nl-office");
            row.put("MADE_BY", "anna");
            row.put("MADE_AT", NOW.minus(Duration.ofHours(10)).toEpochMilli());
            row.put("CHANNEL", "EMAIL");
            row.put("SOURCE", "AGENT");
            row.put("STATUS", PromiseStatus.OPEN.name());
            row.put("ROW_VERSION", 1L);
            rows.add(row);
        }
        try {
            nodes.get(0).entityManager().create(PromiseEntity.class, rows);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Long> perCustomer(Collection<DelayNotice> notices) {
        return notices.stream().collect(Collectors.groupingBy(DelayNotice::customer, Collectors.counting()));
    }
}
