package io.promisekeeper.core.rules;

import static io.promisekeeper.core.rules.Tickets.NOW;
import static io.promisekeeper.core.rules.Tickets.rule;
import static io.promisekeeper.core.rules.Tickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.MessageKey;
import io.promisekeeper.core.settings.json.RuleJson;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The trigger for a customer whose last comment waits for an agent's reply longer than N working hours. */
class CustomerAwaitingReplyTest {
    private static final Action CHECK_IN = new Action.PromptAgent("check-in");
    // NOW is Wednesday 11:00 in Amsterdam; the office works 9-17 on weekdays.
    private static final Instant TUESDAY_16H = Instant.parse("2026-03-03T15:00:00Z");
    private static final Instant TUESDAY_11H = Instant.parse("2026-03-03T10:00:00Z");
    private final RuleEngine engine = new RuleEngine(new FixedTimerForecast(0.25));

    @Test
    void firesWhenTheLastCustomerCommentWaitedLongerThanTheWorkingTimeGiven() {
        TicketSnapshot waiting = conversation(TUESDAY_16H, TUESDAY_11H);

        List<RuleFiring> firings = engine.evaluate(rules(Duration.ofHours(2)), waiting, List.of(), NOW);

        assertThat(firings).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("ticket:SD-7:awaiting-reply");
            MessageKey reason = MessageKey.decode(f.reason()).orElseThrow();
            assertThat(reason.key()).isEqualTo("reason.rule");
            assertThat(reason.args().get(1)).isEqualTo(MessageKey.of("reason.awaitingReply", Duration.ofHours(3),
                    TUESDAY_16H, Duration.ofHours(2)));
        });
    }

    @Test
    void countsOnlyWorkingTimeSoTheNightDoesNotMakeItFire() {
        // Three working hours (Tuesday 16-17, Wednesday 9-11) are not more than four, though 19 clock hours passed.
        assertThat(engine.evaluate(rules(Duration.ofHours(4)), conversation(TUESDAY_16H, TUESDAY_11H), List.of(), NOW))
                .isEmpty();
    }

    @Test
    void anAgentReplyAfterTheCustomerCommentEndsTheWait() {
        TicketSnapshot answered = conversation(TUESDAY_11H, TUESDAY_16H);

        assertThat(engine.evaluate(rules(Duration.ofMinutes(30)), answered, List.of(), NOW)).isEmpty();
    }

    @Test
    void aCustomerWhoNeverWroteIsNotWaitingAndAFirstCommentWithoutReplyIs() {
        assertThat(engine.evaluate(rules(Duration.ofMinutes(30)), conversation(null, null), List.of(), NOW)).isEmpty();
        assertThat(engine.evaluate(rules(Duration.ofMinutes(30)), conversation(TUESDAY_16H, null), List.of(), NOW))
                .hasSize(1);
    }

    @Test
    void itsSubjectIsAmongTheTicketSubjectsSoItsEpisodeEndsWhenTheWaitEnds() {
        assertThat(RuleFiring.subjectsOf(ticket(), List.of())).contains("ticket:SD-7:awaiting-reply");
    }

    @Test
    void rulesWithItAreReadAndWrittenLikeEveryOtherTrigger() {
        RuleJson json = new RuleJson(Set.of("check-in"));
        String doc = "{\"rules\": [{\"id\": \"check-in\", \"name\": \"Check in\", \"mode\": \"approval\","
                + " \"trigger\": {\"type\": \"customerAwaitingReply\", \"longerThan\": \"PT4H\"},"
                + " \"actions\": [{\"type\": \"promptAgent\", \"template\": \"check-in\"}]}]}";

        RuleSet read = json.read(doc);

        assertThat(read.rules().get(0).trigger()).isEqualTo(new Trigger.CustomerAwaitingReply(Duration.ofHours(4)));
        assertThat(json.write(read)).contains("\"customerAwaitingReply\"", "\"PT4H\"");
    }

    private static RuleSet rules(Duration longerThan) {
        return new RuleSet(List.of(rule("check-in", new Trigger.CustomerAwaitingReply(longerThan), CHECK_IN,
                RuleMode.APPROVAL)));
    }

    private static TicketSnapshot conversation(Instant lastCustomer, Instant lastAgent) {
        TicketSnapshot t = ticket();
        return new TicketSnapshot(t.ticketKey(), t.project(), t.requestType(), t.priority(), t.organisations(),
                t.labels(), t.status(), t.customer(), t.customerFirstName(), t.customerLanguage(), t.customerZone(),
                t.agentName(), lastCustomer, lastAgent, t.waitingOnTeamSince(), t.customerCommentsUnanswered(),
                t.reopened(), t.slaGoals(), t.calendar());
    }
}
