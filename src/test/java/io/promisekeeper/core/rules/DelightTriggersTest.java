package io.promisekeeper.core.rules;

import io.promisekeeper.core.MessageKey;
import static io.promisekeeper.core.rules.Tickets.NOW;
import static io.promisekeeper.core.rules.Tickets.rule;
import static io.promisekeeper.core.rules.Tickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The triggers delight rules use: the Nth reopen, a first ticket, a hard ticket, a follow-up after resolution. */
class DelightTriggersTest {
    private static final Action CALL = new Action.SuggestDelight("personal-call");
    private final RuleEngine engine = new RuleEngine(new FixedTimerForecast(0.25));

    @Test
    void theNthReopenFiresFromNOnWithItsOwnSubject() {
        RuleSet second = new RuleSet(List.of(rule("r2", new Trigger.TicketReopened(2), CALL, RuleMode.APPROVAL)));

        assertThat(fire(second, new TicketHistoryFacts(1, 3, 0, null))).isEmpty();
        assertThat(fire(second, new TicketHistoryFacts(2, 3, 0, null))).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("ticket:SD-7:reopened-2");
            assertThat(MessageKey.decode(f.reason()).orElseThrow().args().get(1))
                    .isEqualTo(MessageKey.of("reason.reopened.times", 2));
        });
        // The old flag alone still means one reopen.
        assertThat(engine.evaluate(new RuleSet(List.of(rule("r1", new Trigger.TicketReopened(), CALL,
                RuleMode.APPROVAL))), RuleEngineTest.reopen(ticket()), List.of(), NOW)).hasSize(1);
    }

    @Test
    void aFirstTicketFiresOnlyWhenTheCountIsKnownToBeZero() {
        RuleSet first = new RuleSet(List.of(rule("f", new Trigger.CustomerFirstTicket(), CALL, RuleMode.APPROVAL)));

        assertThat(fire(first, new TicketHistoryFacts(0, 1, 0, null))).extracting(RuleFiring::subject)
                .containsExactly("ticket:SD-7:first-ticket");
        assertThat(fire(first, new TicketHistoryFacts(0, 1, 1, null))).isEmpty();
        assertThat(fire(first, TicketHistoryFacts.unknown(false))).isEmpty();
    }

    @Test
    void aHardTicketFiresAtTheThreshold() {
        RuleSet hard = new RuleSet(List.of(rule("h", new Trigger.HardTicket(10), CALL, RuleMode.APPROVAL)));

        assertThat(fire(hard, new TicketHistoryFacts(0, 9, 2, null))).isEmpty();
        assertThat(fire(hard, new TicketHistoryFacts(0, 10, 2, null))).singleElement()
                .satisfies(f -> assertThat(MessageKey.decode(f.reason()).orElseThrow().args().get(1))
                        .isEqualTo(MessageKey.of("reason.hardTicket", 10)));
        assertThatThrownBy(() -> new Trigger.HardTicket(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFollowUpFiresInItsWindowOnly() {
        RuleSet week = new RuleSet(List.of(rule("w", new Trigger.AfterResolution(Duration.ofDays(7)), CALL,
                RuleMode.APPROVAL)));

        assertThat(fire(week, new TicketHistoryFacts(0, 3, 2, NOW.minus(Duration.ofDays(6))))).isEmpty();
        assertThat(fire(week, new TicketHistoryFacts(0, 3, 2, NOW.minus(Duration.ofDays(7))))).hasSize(1);
        assertThat(fire(week, new TicketHistoryFacts(0, 3, 2, NOW.minus(Duration.ofDays(21))))).hasSize(1);
        assertThat(fire(week, new TicketHistoryFacts(0, 3, 2, NOW.minus(Duration.ofDays(22))))).isEmpty();
        assertThat(fire(week, new TicketHistoryFacts(0, 3, 2, null))).isEmpty();
    }

    private List<RuleFiring> fire(RuleSet rules, TicketHistoryFacts history) {
        return engine.evaluate(rules, ticket().withHistory(history), List.of(), NOW);
    }
}
