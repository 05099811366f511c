package io.promisekeeper.core.notice;

import static io.promisekeeper.core.rules.Tickets.NOW;
import static io.promisekeeper.core.rules.Tickets.promise;
import static io.promisekeeper.core.rules.Tickets.rule;
import static io.promisekeeper.core.rules.Tickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseChange;
import io.promisekeeper.core.rules.Action;
import io.promisekeeper.core.rules.Risk;
import io.promisekeeper.core.rules.RiskForecast;
import io.promisekeeper.core.rules.RuleEngine;
import io.promisekeeper.core.rules.RuleMode;
import io.promisekeeper.core.rules.RuleSet;
import io.promisekeeper.core.rules.TicketSnapshot;
import io.promisekeeper.core.rules.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticePlannerTest {
    private static final Action NOTICE = new Action.SendDelayNotice(NoticeTemplates.DELAY_NOTICE);
    private static final RuleSet AT_RISK = new RuleSet(List.of(
            rule("risk", new Trigger.PromiseAtRisk(0.6), NOTICE, RuleMode.AUTOMATIC)));

    private final Map<Long, Double> probability = new HashMap<>();
    private final RiskForecast forecast = (p, now) -> new Risk(probability.getOrDefault(p.id(), 0.0),
            p.due().plus(Duration.ofHours(26)), p.due().plus(Duration.ofHours(50)), List.of("test"));
    private final InMemoryNoticeLog log = new InMemoryNoticeLog();
    private NoticePolicy policy = new NoticePolicy(QuietHours.none(), new ContactCap(3, 10), Duration.ofHours(1));

    private NoticePlanner planner() {
        return new NoticePlanner(new RuleEngine(forecast), policy, NoticeTemplates.defaults(), log);
    }

    @Test
    void sendsOneDutchNoticePerRiskEpisode() {
        Promise p = promise(1, Duration.ofHours(20), Duration.ofHours(4));
        probability.put(1L, 0.8);

        NoticePlan first = planner().plan(AT_RISK, ticket(), List.of(p), NOW);
        NoticePlan again = planner().plan(AT_RISK, ticket(), List.of(p), NOW.plus(Duration.ofMinutes(5)));

        assertThat(first.toSend()).singleElement().satisfies(n -> {
            assertThat(n.promiseId()).isEqualTo(1L);
            assertThat(n.episode()).hasToString("promise:1#1");
            assertThat(n.language()).isEqualTo("nl");
            assertThat(n.mode()).isEqualTo(RuleMode.AUTOMATIC);
            assertThat(n.sendAt()).isEqualTo(NOW);
            assertThat(n.body()).startsWith("Beste Sanne,").contains("Nieuwe laptop leveren");
        });
        assertThat(again.isEmpty()).isTrue();
        assertThat(log.contactsSince("cust-1", Instant.EPOCH)).containsExactly(NOW);
    }

    @Test
    void aNewEpisodeStartsOnlyAfterTheRiskWentAway() {
        Promise p = promise(1, Duration.ofHours(20), Duration.ofHours(10));
        probability.put(1L, 0.8);
        assertThat(planner().plan(AT_RISK, ticket(), List.of(p), NOW).toSend()).hasSize(1);

        probability.put(1L, 0.2);
        assertThat(planner().plan(AT_RISK, ticket(), List.of(p), NOW.plus(Duration.ofHours(1))).isEmpty()).isTrue();

        probability.put(1L, 0.9);
        assertThat(planner().plan(AT_RISK, ticket(), List.of(p), NOW.plus(Duration.ofHours(2))).toSend())
                .singleElement().satisfies(n -> assertThat(n.episode()).hasToString("promise:1#2"));
    }

    @Test
    void approvalModeAndAgentPromptsGiveDraftsClaimedLikeNotices() {
        Promise p = promise(1, Duration.ofHours(20), Duration.ofHours(4));
        probability.put(1L, 0.8);
        RuleSet rules = new RuleSet(List.of(
                rule("prompt", new Trigger.PromiseAtRisk(0.5), new Action.PromptAgent("delay-notice"),
                        RuleMode.AUTOMATIC),
                rule("auto", new Trigger.PromiseAtRisk(0.5), NOTICE, RuleMode.AUTOMATIC)));

        NoticePlan plan = planner().plan(rules, ticket(), List.of(p), NOW);

        assertThat(plan.toSend()).isEmpty();
        assertThat(plan.toDraft()).singleElement().satisfies(n -> {
            assertThat(n.ruleId()).isEqualTo("prompt");
            assertThat(n.mode()).isEqualTo(RuleMode.APPROVAL);
        });
        // A draft is not a contact yet: the adapter records one when the agent sends it.
        assertThat(log.contactsSince("cust-1", Instant.EPOCH)).isEmpty();
        assertThat(planner().plan(rules, ticket(), List.of(p), NOW.plusSeconds(60)).isEmpty()).isTrue();
    }

    @Test
    void quietHoursHoldTheNoticeUntilTheyEndWithoutClaimingIt() {
        policy = new NoticePolicy(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)), new ContactCap(3, 10),
                Duration.ofHours(1));
        Promise p = promise(1, Duration.ofHours(20), Duration.ofHours(40));
        probability.put(1L, 0.8);
        Instant night = Instant.parse("2026-03-04T23:30:00Z"); // 00:30 in Amsterdam

        NoticePlan held = planner().plan(AT_RISK, ticket(), List.of(p), night);
        Instant release = Instant.parse("2026-03-05T06:00:00Z"); // 07:00 in Amsterdam

        assertThat(held.held()).singleElement().satisfies(n -> assertThat(n.sendAt()).isEqualTo(release));
        assertThat(log.claims()).isEmpty();
        assertThat(planner().plan(AT_RISK, ticket(), List.of(p), release.minusSeconds(1)).toSend()).isEmpty();
        assertThat(planner().plan(AT_RISK, ticket(), List.of(p), release).toSend()).hasSize(1);
    }

    @Test
    void dropsANoticeThatWouldComeTooLate() {
        Promise p = promise(1, Duration.ofHours(20), Duration.ofMinutes(40));
        probability.put(1L, 0.99);

        NoticePlan plan = planner().plan(AT_RISK, ticket(), List.of(p), NOW);

        assertThat(plan.toSend()).isEmpty();
        assertThat(plan.dropped()).singleElement().satisfies(d -> assertThat(d.reason()).contains("less than PT1H"));
    }

    @Test
    void aBrokenPromiseGetsItsApologyAfterTheDelayNotice() {
        Promise p = promise(1, Duration.ofHours(20), Duration.ofHours(4));
        probability.put(1L, 0.8);
        RuleSet rules = new RuleSet(List.of(
                rule("risk", new Trigger.PromiseAtRisk(0.6), NOTICE, RuleMode.AUTOMATIC),
                rule("sorry", new Trigger.PromiseBroken(), new Action.SendDelayNotice("broken-promise"),
                        RuleMode.AUTOMATIC)));
        assertThat(planner().plan(rules, ticket(), List.of(p), NOW).toSend()).hasSize(1);

        Promise broken = p.markBroken(PromiseChange.SYSTEM, NOW.plus(Duration.ofHours(5)), "overdue");
        NoticePlan plan = planner().plan(rules, ticket(), List.of(broken), NOW.plus(Duration.ofHours(5)));

        assertThat(plan.toSend()).singleElement().satisfies(n -> {
            assertThat(n.templateId()).isEqualTo("broken-promise");
            assertThat(n.episode()).hasToString("promise:1:broken#1");
            assertThat(n.body()).contains("niet nagekomen");
        });
    }

    @Test
    void theContactCapHoldsTheThirdNoticeOfTheDay() {
        policy = new NoticePolicy(QuietHours.none(), new ContactCap(2, 10), Duration.ofHours(1));
        List<Promise> promises = List.of(promise(1, Duration.ofHours(20), Duration.ofHours(4)),
                promise(2, Duration.ofHours(20), Duration.ofHours(30)),
                promise(3, Duration.ofHours(20), Duration.ofHours(50)));
        promises.forEach(p -> probability.put(p.id(), 0.9));

        NoticePlan plan = planner().plan(AT_RISK, ticket(), promises, NOW);

        assertThat(plan.toSend()).extracting(DelayNotice::promiseId).containsExactly(1L, 2L);
        assertThat(plan.held()).singleElement().satisfies(n -> {
            assertThat(n.promiseId()).isEqualTo(3L);
            assertThat(n.sendAt()).isEqualTo(NOW.plus(ContactCap.DAY));
        });
    }

    @Test
    void teamTasksHappenOncePerEpisodeWithLiteralValues() {
        TicketSnapshot t = ticket();
        Promise p = Promise.open("SD-7", "*urgent* {html}<b>x</b>{html}", p0().kind(), p0().due(), "nl-office",
                "anna", p0().madeAt(), p0().channel(), p0().source()).stored(1, 1);
        probability.put(1L, 0.8);
        RuleSet rules = new RuleSet(List.of(new io.promisekeeper.core.rules.Rule("lead", "Tell lead", true,
                RuleMode.AUTOMATIC, new Trigger.PromiseAtRisk(0.5), List.of(), List.of(
                new Action.NotifyTeamLead("boss"),
                new Action.AddInternalComment("At risk: ${promiseText} (${ticketKey})")))));

        NoticePlan first = planner().plan(rules, t, List.of(p), NOW);

        assertThat(first.teamTasks()).extracting(TeamTask::text).containsExactly(
                first.teamTasks().get(0).text(),
                "At risk: \\*urgent\\* \\{html\\}&lt;b&gt;x&lt;/b&gt;\\{html\\} (SD\\-7)");
        assertThat(first.teamTasks().get(0).action()).isEqualTo(new Action.NotifyTeamLead("boss"));
        assertThat(planner().plan(rules, t, List.of(p), NOW.plusSeconds(60)).teamTasks()).isEmpty();
    }

    private static Promise p0() {
        return promise(1, Duration.ofHours(20), Duration.ofHours(4));
    }
}
