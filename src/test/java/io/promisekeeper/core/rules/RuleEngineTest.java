package io.promisekeeper.core.rules;

import io.promisekeeper.core.MessageKey;
import static io.promisekeeper.core.rules.Tickets.NOW;
import static io.promisekeeper.core.rules.Tickets.promise;
import static io.promisekeeper.core.rules.Tickets.rule;
import static io.promisekeeper.core.rules.Tickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseChange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleEngineTest {
    private static final Action NOTICE = new Action.SendDelayNotice("delay-notice");
    private final RuleEngine engine = new RuleEngine(new FixedTimerForecast(0.25));

    @Test
    void firesOnAPromiseWhoseTimeIsAlmostUp() {
        Promise late = promise(1, Duration.ofHours(10), Duration.ofHours(2));
        Promise early = promise(2, Duration.ofHours(1), Duration.ofHours(20));
        RuleSet rules = new RuleSet(List.of(rule("risk", new Trigger.PromiseAtRisk(0.7), NOTICE, RuleMode.AUTOMATIC)));

        List<RuleFiring> firings = engine.evaluate(rules, ticket(), List.of(early, late), NOW);

        assertThat(firings).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("promise:1");
            assertThat(f.promise()).contains(late);
            assertThat(f.risk()).hasValueSatisfying(r -> assertThat(r.lateProbability()).isEqualTo(1.0));
            MessageKey reason = MessageKey.decode(f.reason()).orElseThrow();
            assertThat(reason.key()).isEqualTo("reason.rule");
            assertThat(reason.args().get(0)).isEqualTo("Rule risk");
            MessageKey why = (MessageKey) reason.args().get(1);
            assertThat(why.key()).isEqualTo("reason.promise.atRisk");
            assertThat(why.args().get(2)).as("per cent likely late").isEqualTo(100L);
        });
    }

    @Test
    void dueWithinCountsClockTimeAndIgnoresPromisesAlreadyPastDue() {
        Promise soon = promise(1, Duration.ofHours(10), Duration.ofMinutes(30));
        Promise past = promise(2, Duration.ofHours(10), Duration.ofMinutes(-5));
        Promise later = promise(3, Duration.ofHours(10), Duration.ofHours(5));
        RuleSet rules = new RuleSet(List.of(rule("due", new Trigger.PromiseDueWithin(Duration.ofHours(1)), NOTICE,
                RuleMode.APPROVAL)));

        assertThat(engine.evaluate(rules, ticket(), List.of(soon, past, later), NOW))
                .extracting(RuleFiring::subject).containsExactly("promise:1");
    }

    @Test
    void brokenPromisesFireOnlyTheBrokenTrigger() {
        Promise broken = promise(1, Duration.ofHours(10), Duration.ofHours(-1))
                .markBroken(PromiseChange.SYSTEM, NOW, "overdue");
        RuleSet rules = new RuleSet(List.of(
                rule("broken", new Trigger.PromiseBroken(), NOTICE, RuleMode.APPROVAL),
                rule("risk", new Trigger.PromiseAtRisk(0.0), NOTICE, RuleMode.APPROVAL)));

        assertThat(engine.evaluate(rules, ticket(), List.of(broken), NOW))
                .extracting(f -> f.rule().id()).containsExactly("broken");
    }

    @Test
    void conditionsMustAllHoldAndCompareWithoutCase() {
        Trigger reopened = new Trigger.TicketReopened();
        TicketSnapshot t = reopen(ticket());
        Rule matching = new Rule("a", "A", true, RuleMode.APPROVAL, reopened, List.of(
                new Condition(TicketField.PROJECT, Set.of("sd")),
                new Condition(TicketField.LANGUAGE, Set.of("NL")),
                new Condition(TicketField.LABEL, Set.of("vip", "gold"))), List.of(NOTICE));
        Rule wrongPriority = new Rule("b", "B", true, RuleMode.APPROVAL, reopened, List.of(
                new Condition(TicketField.PROJECT, Set.of("SD")),
                new Condition(TicketField.PRIORITY, Set.of("Low"))), List.of(NOTICE));
        Rule disabled = new Rule("c", "C", false, RuleMode.APPROVAL, reopened, List.of(), List.of(NOTICE));

        assertThat(engine.evaluate(new RuleSet(List.of(matching, wrongPriority, disabled)), t, List.of(), NOW))
                .extracting(f -> f.rule().id()).containsExactly("a");
    }

    @Test
    void ticketTriggers() {
        TicketSnapshot base = ticket();
        // Wednesday 11:00 Amsterdam; waiting since Tuesday 09:00 local = 10 working hours.
        TicketSnapshot waiting = with(base, Instant.parse("2026-03-03T08:00:00Z"), 2,
                List.of(new SlaGoal("Time to resolution", Duration.ofMinutes(20), false, false),
                        new SlaGoal("Time to first response", Duration.ofMinutes(20), true, false),
                        new SlaGoal("Breached", Duration.ofMinutes(-20), false, false)));
        RuleSet rules = new RuleSet(List.of(
                rule("wait", new Trigger.WaitingOnTeam(Duration.ofHours(9)), NOTICE, RuleMode.APPROVAL),
                rule("wait-long", new Trigger.WaitingOnTeam(Duration.ofHours(11)), NOTICE, RuleMode.APPROVAL),
                rule("twice", new Trigger.CustomerUnanswered(2), NOTICE, RuleMode.APPROVAL),
                rule("thrice", new Trigger.CustomerUnanswered(3), NOTICE, RuleMode.APPROVAL),
                rule("sla", new Trigger.SlaGoalAtRisk(Duration.ofHours(1)), NOTICE, RuleMode.APPROVAL)));

        assertThat(engine.evaluate(rules, waiting, List.of(), NOW)).extracting(RuleFiring::subject)
                .containsExactly("ticket:SD-7:waiting", "ticket:SD-7:unanswered", "sla:SD-7:Time to resolution");
    }

    @Test
    void oneFiringPerActionInRuleOrderAndTheSameAnswerTwice() {
        Promise p = promise(1, Duration.ofHours(10), Duration.ofHours(1));
        Rule two = new Rule("two", "Two", true, RuleMode.AUTOMATIC, new Trigger.PromiseAtRisk(0.5), List.of(),
                List.of(NOTICE, new Action.NotifyTeamLead(""), new Action.AddInternalComment("At risk: ${ticketKey}")));
        RuleSet rules = new RuleSet(List.of(two));
        List<RuleFiring> first = engine.evaluate(rules, ticket(), List.of(p), NOW);

        assertThat(first).extracting(f -> f.action().type())
                .containsExactly("sendDelayNotice", "notifyTeamLead", "addInternalComment");
        assertThat(engine.evaluate(rules, ticket(), List.of(p), NOW)).isEqualTo(first);
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new Trigger.PromiseAtRisk(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Trigger.PromiseDueWithin(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Trigger.CustomerUnanswered(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RuleSet(List.of(rule("x", new Trigger.TicketReopened(), NOTICE, RuleMode.APPROVAL),
                rule("x", new Trigger.TicketReopened(), NOTICE, RuleMode.APPROVAL))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule("bad id", new Trigger.TicketReopened(), NOTICE, RuleMode.APPROVAL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static TicketSnapshot reopen(TicketSnapshot t) {
        return new TicketSnapshot(t.ticketKey(), t.project(), t.requestType(), t.priority(), t.organisations(),
                t.labels(), t.status(), t.customer(), t.customerFirstName(), t.customerLanguage(), t.customerZone(),
                t.agentName(), t.lastCustomerCommentAt(), t.lastAgentReplyAt(), t.waitingOnTeamSince(),
                t.customerCommentsUnanswered(), true, t.slaGoals(), t.calendar());
    }

    static TicketSnapshot with(TicketSnapshot t, Instant waitingSince, int unanswered, List<SlaGoal> goals) {
        return new TicketSnapshot(t.ticketKey(), t.project(), t.requestType(), t.priority(), t.organisations(),
                t.labels(), t.status(), t.customer(), t.customerFirstName(), t.customerLanguage(), t.customerZone(),
                t.agentName(), t.lastCustomerCommentAt(), t.lastAgentReplyAt(), waitingSince, unanswered,
                t.reopened(), goals, t.calendar());
    }
}
