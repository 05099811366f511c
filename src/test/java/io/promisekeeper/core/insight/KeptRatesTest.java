package io.promisekeeper.core.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSource;
import io.promisekeeper.core.promise.PromiseStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeptRatesTest {
    private static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
    private static long ids;

    private static Promise p(String ticket, String agent, PromiseKind kind, String due, PromiseStatus status) {
        Promise open = Promise.open(ticket, "text", kind, Instant.parse(due), "nl", agent,
                Instant.parse("2026-01-01T00:00:00Z"), Channel.EMAIL, PromiseSource.AGENT).stored(++ids, 1);
        Instant at = Instant.parse("2026-01-02T00:00:00Z");
        return switch (status) {
            case OPEN -> open;
            case KEPT -> open.keep(agent, at, "");
            case BROKEN -> open.markBroken(agent, at, "");
            case CANCELLED -> open.cancel(agent, at, "x");
            case RENEGOTIATED -> open.supersede(agent, at, 999, "x");
        };
    }

    // Week 11 of 2026 is 9-15 March; Sunday 15 March 23:30 Amsterdam is still week 11 though UTC says 22:30.
    private final List<Promise> promises = List.of(
            p("SD-1", "anna", PromiseKind.CALLBACK, "2026-03-09T10:00:00Z", PromiseStatus.KEPT),
            p("SD-1", "anna", PromiseKind.RESOLUTION, "2026-03-15T22:30:00Z", PromiseStatus.BROKEN),
            p("SD-2", "anna", PromiseKind.CALLBACK, "2026-03-16T10:00:00Z", PromiseStatus.KEPT),
            p("SD-2", "bob", PromiseKind.UPDATE, "2026-03-16T23:30:00Z", PromiseStatus.RENEGOTIATED),
            p("SD-3", "bob", PromiseKind.UPDATE, "2026-03-17T10:00:00Z", PromiseStatus.KEPT),
            p("SD-3", "bob", PromiseKind.CALLBACK, "2026-03-18T10:00:00Z", PromiseStatus.BROKEN),
            p("SD-4", "carla", PromiseKind.VISIT, "2026-03-18T10:00:00Z", PromiseStatus.OPEN),
            p("SD-4", "carla", PromiseKind.VISIT, "2026-03-19T10:00:00Z", PromiseStatus.CANCELLED));

    private final Map<String, TicketFacts> facts = Map.of(
            "SD-1", new TicketFacts("SD-1", "Workplace", "Laptop broken"),
            "SD-2", new TicketFacts("SD-2", "Workplace", "New account"),
            "SD-3", new TicketFacts("SD-3", "Network", "Laptop broken"));

    private final KeptRates rates = new KeptRates(AMS);

    @Test
    void overallCountsAndRates() {
        KeptRate all = rates.report(promises, facts).overall();
        assertThat(all).isEqualTo(new KeptRate("all", 3, 2, 1, 1, 1));
        assertThat(all.settled()).isEqualTo(6);
        assertThat(all.keptRate()).hasValue(0.5);
        assertThat(all.brokenRate().getAsDouble()).isEqualTo(2.0 / 6);
        assertThat(all.renegotiatedRate().getAsDouble()).isEqualTo(1.0 / 6);
    }

    @Test
    void byAgent() {
        assertThat(rates.by(Grouping.AGENT, promises, facts)).containsExactly(
                new KeptRate("anna", 2, 1, 0, 0, 0),
                new KeptRate("bob", 1, 1, 1, 0, 0),
                new KeptRate("carla", 0, 0, 0, 1, 1));
        assertThat(rates.by(Grouping.AGENT, promises, facts).get(2).keptRate()).isEmpty();
    }

    @Test
    void byComponentAndRequestTypeWithUnknownTickets() {
        assertThat(rates.by(Grouping.COMPONENT, promises, facts)).containsExactly(
                new KeptRate("(unknown)", 0, 0, 0, 1, 1),
                new KeptRate("Network", 1, 1, 0, 0, 0),
                new KeptRate("Workplace", 2, 1, 1, 0, 0));
        assertThat(rates.by(Grouping.REQUEST_TYPE, promises, facts)).containsExactly(
                new KeptRate("(unknown)", 0, 0, 0, 1, 1),
                new KeptRate("Laptop broken", 2, 2, 0, 0, 0),
                new KeptRate("New account", 1, 0, 1, 0, 0));
    }

    @Test
    void byKind() {
        assertThat(rates.by(Grouping.KIND, promises, facts)).containsExactly(
                new KeptRate("CALLBACK", 2, 1, 0, 0, 0),
                new KeptRate("RESOLUTION", 0, 1, 0, 0, 0),
                new KeptRate("UPDATE", 1, 0, 1, 0, 0),
                new KeptRate("VISIT", 0, 0, 0, 1, 1));
    }

    @Test
    void byIsoWeekInTheReportingZone() {
        assertThat(rates.by(Grouping.WEEK, promises, facts)).containsExactly(
                new KeptRate("2026-W11", 1, 1, 0, 0, 0),
                new KeptRate("2026-W12", 2, 1, 1, 1, 1));
        assertThat(rates.weekOf(Instant.parse("2026-12-31T12:00:00Z"))).isEqualTo("2026-W53");
        assertThat(rates.weekOf(Instant.parse("2027-01-04T12:00:00Z"))).isEqualTo("2027-W01");
    }

    @Test
    void noPromisesNoRows() {
        KeptRateReport report = rates.report(List.of(), Map.of());
        assertThat(report.overall().keptRate()).isEmpty();
        assertThat(report.by(Grouping.AGENT)).isEmpty();
    }
}
