package io.promisekeeper.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promisekeeper.core.calendar.Calendars;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.InMemoryPromiseStore;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The round: what it sends, drafts and gives up, in which order, and what a retry after a crash does. */
class NoticeRoundTest {
    private static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");
    private static final RoundSettings SETTINGS = new RoundSettings(Duration.ofDays(1), Duration.ofMinutes(15), 2);

    private final InMemoryPromiseStore store = new InMemoryPromiseStore();
    private final InMemoryNoticeLog log = new InMemoryNoticeLog();
    private final InMemoryNoticeJournal journal = new InMemoryNoticeJournal();
    private final InMemoryAgentPrompts prompts = new InMemoryAgentPrompts();
    private final List<DelayNotice> sent = new ArrayList<>();

    @Test
    void nothingDueCostsOneQueryAndDoesNothing() {
        AtomicInteger queries = new AtomicInteger();
        store.create(promise("SD-1", Duration.ofDays(3)));
        NoticeRound round = round(RuleMode.AUTOMATIC, log, journal, sent::add, keys -> {
            queries.incrementAndGet();
            return Map.of();
        });
        assertThat(round.tick(NOW)).isEqualTo(RoundReport.none());
        assertThat(queries).hasValue(0);
    }

    @Test
    void theSweepForgetsContactsTheCapsNoLongerLookAt() {
        log.recordContact("kim", NOW.minus(Duration.ofDays(9)));
        log.recordContact("kim", NOW.minus(Duration.ofDays(6)));
        round(RuleMode.AUTOMATIC, log, journal, sent::add, keys -> Map.of()).sweep(NOW);
        assertThat(log.contactsSince("kim", NOW.minus(Duration.ofDays(30))))
                .containsExactly(NOW.minus(Duration.ofDays(6)));
    }

    @Test
    void anAtRiskPromiseIsToldOnceAcrossTicksAndReevaluations() {
        Promise p = store.create(promise("SD-1", Duration.ofHours(2)));
        store.create(promise("SD-2", Duration.ofDays(3)));
        store.create(promise("SD-3", Duration.ofHours(2)));
        NoticeRound round = round(RuleMode.AUTOMATIC, log, journal, sent::add, NoticeRoundTest::snapshots);

        RoundReport first = round.tick(NOW);
        round.tick(NOW.plusSeconds(300));
        round.reevaluate("SD-1", NOW.plusSeconds(400));

        assertThat(first.tickets()).isEqualTo(2);
        assertThat(first.sent()).isEqualTo(2);
        assertThat(sent).extracting(DelayNotice::ticketKey).containsExactlyInAnyOrder("SD-1", "SD-3");
        assertThat(journal.recentForTicket("SD-1", 5)).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(NoticeState.SENT);
            assertThat(r.notice().promiseId()).isEqualTo(p.id());
        });
        assertThat(log.contactsSince("cust-SD-1", NOW.minusSeconds(1))).containsExactly(NOW);
        assertThat(round.sweep(NOW.plus(Duration.ofHours(1)))).isEqualTo(RoundReport.none());
    }

    @Test
    void approvalModeDraftsAPromptInsteadOfSending() {
        store.create(promise("SD-1", Duration.ofHours(2)));
        NoticeRound round = round(RuleMode.APPROVAL, log, journal, sent::add, NoticeRoundTest::snapshots);

        assertThat(round.tick(NOW).drafted()).isEqualTo(1);
        round.tick(NOW.plusSeconds(300));

        assertThat(sent).isEmpty();
        assertThat(prompts.all()).singleElement().satisfies(pr -> assertThat(pr.reason())
                .isEqualTo(PromptReason.APPROVAL));
        assertThat(journal.recentForTicket("SD-1", 5).get(0).state()).isEqualTo(NoticeState.DRAFTED);
    }

    @Test
    void aSenderThatThrowsLeavesAMaybeSentPromptAndNoRetry() {
        store.create(promise("SD-1", Duration.ofHours(2)));
        AtomicInteger attempts = new AtomicInteger();
        NoticeRound round = round(RuleMode.AUTOMATIC, log, journal, n -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("JSM said 503");
        }, NoticeRoundTest::snapshots);

        assertThat(round.tick(NOW).failed()).isEqualTo(1);
        round.tick(NOW.plusSeconds(300));

        assertThat(attempts).hasValue(1);
        assertThat(prompts.all()).singleElement().satisfies(pr -> {
            assertThat(pr.reason()).isEqualTo(PromptReason.MAYBE_SENT);
            assertThat(pr.note()).contains("JSM said 503");
        });
        assertThat(journal.recentForTicket("SD-1", 5).get(0).state()).isEqualTo(NoticeState.LOST);
    }

    @Test
    void aNodeStoppingBeforeItTookTheOutcomeLeavesANotSentPromptAfterTheSweep() {
        store.create(promise("SD-1", Duration.ofHours(2)));
        NoticeLog crashing = crashOn(log, NoticeLog.NOTICE_OUTCOME::equals);
        NoticeRound dying = round(RuleMode.AUTOMATIC, crashing, journal, sent::add, NoticeRoundTest::snapshots);
        NoticeRound other = round(RuleMode.AUTOMATIC, log, journal, sent::add, NoticeRoundTest::snapshots);

        assertThatThrownBy(() -> dying.tick(NOW)).isInstanceOf(NodeCrash.class);
        other.tick(NOW.plusSeconds(300));
        assertThat(other.sweep(NOW.plus(Duration.ofMinutes(10)))).isEqualTo(RoundReport.none());
        RoundReport swept = other.sweep(NOW.plus(Duration.ofMinutes(20)));
        other.tick(NOW.plus(Duration.ofMinutes(25)));

        assertThat(sent).isEmpty();
        assertThat(swept.lost()).isEqualTo(1);
        assertThat(prompts.all()).singleElement().satisfies(pr -> assertThat(pr.reason())
                .isEqualTo(PromptReason.NOT_SENT));
        assertThat(journal.recentForTicket("SD-1", 5).get(0).state()).isEqualTo(NoticeState.LOST);
    }

    @Test
    void aNodeStoppingAfterSendingIsNeverRetriedAndTheAgentIsAskedToCheck() {
        store.create(promise("SD-1", Duration.ofHours(2)));
        NoticeRound dying = round(RuleMode.AUTOMATIC, log, journal, n -> {
            sent.add(n);
            throw new NodeCrash("after sending");
        }, NoticeRoundTest::snapshots);
        NoticeRound other = round(RuleMode.AUTOMATIC, log, journal, sent::add, NoticeRoundTest::snapshots);

        assertThatThrownBy(() -> dying.tick(NOW)).isInstanceOf(NodeCrash.class);
        other.tick(NOW.plusSeconds(300));
        other.sweep(NOW.plus(Duration.ofMinutes(20)));
        other.sweep(NOW.plus(Duration.ofMinutes(40)));

        assertThat(sent).hasSize(1);
        assertThat(prompts.all()).singleElement().satisfies(pr -> assertThat(pr.reason())
                .isEqualTo(PromptReason.MAYBE_SENT));
    }

    @Test
    void aSlowNodeThatComesBackAfterTheSweepDoesNotSend() {
        store.create(promise("SD-1", Duration.ofHours(2)));
        NoticeRound round = round(RuleMode.AUTOMATIC, log, journal, sent::add, NoticeRoundTest::snapshots);
        Promise p = store.openDueWithin(NOW, NOW.plus(Duration.ofDays(1))).get(0);
        // The claim and the record happened, then the node stalled past the stale limit.
        NoticePlanner planner = planner(log);
        DelayNotice n = planner.plan(rules(RuleMode.AUTOMATIC), snapshots(List.of("SD-1")).get("SD-1"), List.of(p), NOW)
                .toSend().get(0);
        journal.claimed(n, NOW);
        round.sweep(NOW.plus(Duration.ofMinutes(20)));

        assertThat(log.claim(n.episode(), NoticeLog.NOTICE_OUTCOME)).isFalse();
        round.tick(NOW.plus(Duration.ofMinutes(21)));
        assertThat(sent).isEmpty();
        assertThat(prompts.all()).singleElement().satisfies(pr -> assertThat(pr.reason())
                .isEqualTo(PromptReason.NOT_SENT));
    }

    @Test
    void batchesOfTicketsGiveTheSameOutcomeAsOneByOne() {
        for (int i = 1; i <= 9; i++) {
            store.create(promise("SD-" + i, Duration.ofHours(2)));
            store.create(promise("SD-" + i, Duration.ofHours(3)));
        }
        NoticeRound round = round(RuleMode.AUTOMATIC, log, journal, sent::add, NoticeRoundTest::snapshots);
        RoundReport report = round.tick(NOW);
        round.tick(NOW.plusSeconds(300));

        assertThat(report.tickets()).isEqualTo(9);
        // The cap allows one a day per customer: the second promise of each ticket would wait past its due time.
        assertThat(report.sent()).isEqualTo(9);
        assertThat(report.dropped()).isEqualTo(9);
        assertThat(sent.stream().collect(Collectors.groupingBy(DelayNotice::ticketKey, Collectors.counting())))
                .hasSize(9).allSatisfy((k, v) -> assertThat(v).isEqualTo(1L));
    }

    @Test
    void aTickCutShortByItsBudgetLeavesTheLatestDueForTheNextTickAndTellsEachCustomerOnce() {
        for (int i = 1; i <= 5; i++) {
            store.create(promise("SD-" + i, Duration.ofMinutes(100 + 5L * i)));
        }
        RoundSettings bounded = new RoundSettings(Duration.ofDays(1), Duration.ofMinutes(15), 2, 2);
        NoticeRound round = new NoticeRound(store, NoticeRoundTest::snapshots, () -> rules(RuleMode.AUTOMATIC),
                planner(log), log, journal, new NoticeOutlets(sent::add, prompts, TeamTasks.ignored()), bounded);

        List<Integer> perTick = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            perTick.add(round.tick(NOW.plusSeconds(300L * t)).sent());
        }

        assertThat(perTick).containsExactly(2, 2, 1, 0);
        assertThat(sent).extracting(DelayNotice::ticketKey).containsExactly("SD-1", "SD-2", "SD-3", "SD-4", "SD-5");
        assertThat(round.sweep(NOW.plus(Duration.ofHours(1)))).isEqualTo(RoundReport.none());
    }

    @Test
    void aBudgetBelowOneIsRefused() {
        assertThatThrownBy(() -> new RoundSettings(Duration.ofDays(1), Duration.ofMinutes(15), 2, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actionsPerTick");
    }

    private NoticeRound round(RuleMode mode, NoticeLog noticeLog, NoticeJournal noticeJournal, NoticeSender sender,
                              TicketSnapshots tickets) {
        return new NoticeRound(store, tickets, () -> rules(mode), planner(noticeLog), noticeLog, noticeJournal,
                new NoticeOutlets(sender, prompts, TeamTasks.ignored()), SETTINGS);
    }

    private static NoticePlanner planner(NoticeLog noticeLog) {
        return new NoticePlanner(new RuleEngine(new FixedTimerForecast(0.25)),
                new NoticePolicy(QuietHours.none(), new ContactCap(1, 5), Duration.ofMinutes(30)),
                NoticeTemplates.defaults(), noticeLog);
    }

    private static RuleSet rules(RuleMode mode) {
        return new RuleSet(List.of(new Rule("risk", "At risk", true, mode, new Trigger.PromiseAtRisk(0.5), List.of(),
                List.of(new Action.SendDelayNotice(NoticeTemplates.DELAY_NOTICE)))));
    }

    static Map<String, TicketSnapshot> snapshots(java.util.Collection<String> keys) {
        return keys.stream().collect(Collectors.toMap(k -> k, k -> new TicketSnapshot(k, "SD", "Question", "Medium",
                Set.of(), Set.of(), "Open", "cust-" + k, "Kim", "nl", ZoneId.of("Europe/Amsterdam"), "Anna", null,
                null, null, 0, false, List.of(), Calendars.dutchOffice())));
    }

    private static Promise promise(String ticket, Duration dueIn) {
        return Promise.open(ticket, "Update on " + ticket, PromiseKind.UPDATE, NOW.plus(dueIn), "nl-office", "anna",
                NOW.minus(Duration.ofHours(10)), Channel.EMAIL, PromiseSource.AGENT);
    }

    private static NoticeLog crashOn(NoticeLog log, Predicate<String> purpose) {
        return new NoticeLog() {
            @Override
            public EpisodeKey currentEpisode(String subject) {
                return log.currentEpisode(subject);
            }

            @Override
            public boolean claim(EpisodeKey episode, String p) {
                if (purpose.test(p)) {
                    throw new NodeCrash("before claiming " + p);
                }
                return log.claim(episode, p);
            }

            @Override
            public boolean isClaimed(EpisodeKey episode, String p) {
                return log.isClaimed(episode, p);
            }

            @Override
            public void endEpisode(String subject) {
                log.endEpisode(subject);
            }

            @Override
            public void recordContact(String customer, Instant at) {
                log.recordContact(customer, at);
            }

            @Override
            public int forgetContactsBefore(Instant before, int limit) {
                return log.forgetContactsBefore(before, limit);
            }

            @Override
            public List<Instant> contactsSince(String customer, Instant since) {
                return log.contactsSince(customer, since);
            }
        };
    }
}
