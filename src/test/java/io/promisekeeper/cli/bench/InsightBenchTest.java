package io.promisekeeper.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.cli.bench.InsightBench.FactsRoute;
import io.promisekeeper.cli.bench.InsightBench.Figures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The insight bench counts what it claims to: every Jira call the adapter makes, per route (no timing asserted). */
class InsightBenchTest {
    @Test
    void jiraIsCalledTwicePerTicketByTheOldRouteAndNotAtAllOnceTheTableHoldsTheTickets() {
        List<Figures> figures = new InsightBench(1).run(400);

        Figures perTicket = figures.get(0);
        Figures first = figures.get(1);
        Figures later = figures.get(2);
        assertThat(figures).extracting(Figures::route)
                .containsExactly(FactsRoute.JIRA_PER_TICKET, FactsRoute.STORED_FIRST, FactsRoute.STORED);
        // 200 tickets, read once by the promises' page and once more by the gestures' (8 gestures on 8 tickets).
        assertThat(perTicket.issueReads()).isEqualTo(208);
        assertThat(perTicket.requestTypeQueries()).isEqualTo(208);
        assertThat(first.issueReads()).isEqualTo(200);
        assertThat(later.issueReads()).isZero();
        assertThat(later.requestTypeQueries()).isZero();
        assertThat(later.storeCalls()).isLessThan(first.storeCalls());
        assertThat(later.keptOrBroken()).isEqualTo(perTicket.keptOrBroken()).isPositive();
    }
}
