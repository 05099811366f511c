package io.promisekeeper.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.calendar.Calendars;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSource;
import io.promisekeeper.core.rules.Action;
import io.promisekeeper.core.rules.FixedTimerForecast;
import io.promisekeeper.core.rules.Rule;
import io.promisekeeper.core.rules.RuleEngine;
import io.promisekeeper.core.rules.RuleMode;
import io.promisekeeper.core.rules.RuleSet;
import io.promisekeeper.core.rules.TicketSnapshot;
import io.promisekeeper.core.rules.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Two nodes plan the same at-risk promises at the same time over one notice log: each gets one notice. */
class TwoNodesTest {
    private static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");
    private static final int PROMISES = 2000;

    @Test
    void everyAtRiskPromiseGetsExactlyOneNotice() throws Exception {
        InMemoryNoticeLog log = new InMemoryNoticeLog();
        RuleSet rules = new RuleSet(List.of(new Rule("risk", "At risk", true, RuleMode.AUTOMATIC,
                new Trigger.PromiseAtRisk(0.5), List.of(),
                List.of(new Action.SendDelayNotice(NoticeTemplates.DELAY_NOTICE)))));
        NoticePolicy policy = new NoticePolicy(QuietHours.none(), new ContactCap(1, 1), Duration.ofMinutes(30));
        List<Instant> ticks = List.of(NOW, NOW.plusSeconds(300), NOW.plusSeconds(600));
        ConcurrentLinkedQueue<DelayNotice> sent = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);

        List<Thread> nodes = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            NoticePlanner planner = new NoticePlanner(new RuleEngine(new FixedTimerForecast(0.25)), policy,
                    NoticeTemplates.defaults(), log);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < PROMISES; i++) {
                order.add(i);
            }
            if (node == 1) {
                Collections.reverse(order);
            }
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (Instant tick : ticks) {
                    for (int i : order) {
                        sent.addAll(planner.plan(rules, ticket(i), List.of(promise(i)), tick).toSend());
                    }
                }
            });
            nodes.add(t);
            t.start();
        }
        start.countDown();
        for (Thread t : nodes) {
            t.join();
        }

        Map<Long, Long> perPromise = sent.stream()
                .collect(Collectors.groupingBy(DelayNotice::promiseId, Collectors.counting()));
        assertThat(perPromise).hasSize(PROMISES);
        assertThat(perPromise.values()).containsOnly(1L);
        assertThat(sent.stream().map(DelayNotice::episode).map(EpisodeKey::value).distinct()).hasSize(PROMISES);
    }

    private static TicketSnapshot ticket(int i) {
        return new TicketSnapshot("SD-" + (i + 1), "SD", "Question", "Medium", Set.of(), Set.of(),
                "Open", "customer-" + i, "Kim", i % 2 == 0 ? "nl" : "en", ZoneId.of("Europe/Amsterdam"), "Anna",
                null, null, null, 0, false, List.of(), Calendars.dutchOffice());
    }

    private static Promise promise(int i) {
        // Made 10 hours ago, due in 2: well inside the last quarter of its time.
        return Promise.open("SD-" + (i + 1), "Update " + i, PromiseKind.UPDATE, NOW.plus(Duration.ofHours(2)),
                "nl-office", "anna", NOW.minus(Duration.ofHours(10)), Channel.EMAIL, PromiseSource.AGENT)
                .stored(i + 1, 1);
    }
}
