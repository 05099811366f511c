package io.promisekeeper.core.rules;

import static io.promisekeeper.core.rules.Tickets.NOW;
import static io.promisekeeper.core.rules.Tickets.promise;
import static io.promisekeeper.core.rules.Tickets.rule;
import static io.promisekeeper.core.rules.Tickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DryRunTest {
    private static final Action NOTICE = new Action.SendDelayNotice("delay-notice");

    @Test
    void reportsEachRuleAndTicketOnceAtTheFirstMomentItWouldHaveFired() {
        // Made 3 days ago, due 2 days ago: within 1 hour of due it was "due within", and it was due in the window.
        var p = promise(1, Duration.ofDays(3), Duration.ofDays(-2));
        RecentTickets recent = (from, to, limit) -> List.of(new RecentTicket(ticket(), List.of(p)));
        DryRun dryRun = new DryRun(new RuleEngine(new FixedTimerForecast(0.25)), recent, Duration.ofMinutes(30));
        RuleSet rules = new RuleSet(List.of(
                rule("due", new Trigger.PromiseDueWithin(Duration.ofHours(1)), NOTICE, RuleMode.APPROVAL),
                rule("reopened", new Trigger.TicketReopened(), NOTICE, RuleMode.APPROVAL)));

        DryRun.Result result = dryRun.run(rules, NOW, Duration.ofDays(7));

        assertThat(result.ticketsExamined()).isEqualTo(1);
        assertThat(result.hits()).singleElement().satisfies(h -> {
            assertThat(h.ruleId()).isEqualTo("due");
            assertThat(h.ticketKey()).isEqualTo(ticket().ticketKey());
            assertThat(h.firstAt()).isBefore(p.due()).isAfterOrEqualTo(p.due().minus(Duration.ofHours(1)));
        });
        assertThat(result.ticketsFor("due")).isEqualTo(1);
        assertThat(result.ticketsFor("reopened")).isZero();
    }
}
