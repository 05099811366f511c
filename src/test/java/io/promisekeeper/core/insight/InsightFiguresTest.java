package io.promisekeeper.core.insight;

import static io.promisekeeper.core.insight.InsightSample.DATA;
import static io.promisekeeper.core.insight.InsightSample.help;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The figures of {@link InsightSample}, each worked out by hand in the comments. */
class InsightFiguresTest {
    private final InsightFigures figures = new InsightFigures();

    @Test
    void keptRatesOfTheProjectInThePeriodOnly() {
        InsightReport r = figures.report(help(null), DATA);
        // HELP promises made in the period: 1-8 and 11 (10 was made in February, 9 is OPS).
        // kept 1,3,4,6,7; broken 2,5; open 8; cancelled 11.
        assertThat(r.keptRates().overall()).isEqualTo(new KeptRate("all", 5, 2, 0, 1, 1));
        assertThat(r.keptRates().by(Grouping.AGENT)).containsExactly(
                new KeptRate("anna", 3, 1, 0, 0, 1),    // 1,6,7 kept; 2 broken; 11 cancelled
                new KeptRate("bob", 2, 1, 0, 1, 0));    // 3,4 kept; 5 broken; 8 open
        assertThat(r.keptRates().by(Grouping.COMPONENT)).containsExactly(
                new KeptRate("(unknown)", 0, 0, 0, 0, 1),
                new KeptRate("Network", 2, 1, 0, 1, 0),
                new KeptRate("Workplace", 3, 1, 0, 0, 0));
        assertThat(r.keptRates().by(Grouping.REQUEST_TYPE)).containsExactly(
                new KeptRate("(unknown)", 0, 0, 0, 0, 1),
                new KeptRate("Account", 3, 0, 0, 1, 0),  // HELP-2: 3,4; HELP-4: 7, 8 open
                new KeptRate("Laptop", 2, 2, 0, 0, 0));  // HELP-1: 1, 2; HELP-3: 5, 6
        assertThat(r.keptRates().by(Grouping.KIND).get(0)).isEqualTo(new KeptRate(PromiseKind.CALLBACK.name(), 4, 0, 0, 0, 0));
        assertThat(r.components()).containsExactly("(unknown)", "Network", "Workplace");
    }

    @Test
    void weeklySeriesAndAnUpwardTrend() {
        KeptTrend trend = figures.report(help(null), DATA).trend();
        // W10: 1 kept, 2 broken, 11 cancelled -> 1/2. W11: 3,4 kept, 5 broken -> 2/3. W12: 6,7 kept, 8 open -> 1.
        assertThat(trend.weeks()).extracting(WeekPoint::week).containsExactly("2026-W10", "2026-W11", "2026-W12");
        assertThat(trend.weeks().get(0).monday()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(trend.weeks()).extracting(w -> w.rate().keptRate().getAsDouble())
                .containsExactly(0.5, 2.0 / 3, 1.0);
        // Least squares over x = 0,1,2: mean y = 13/18; slope = (0.5 - 13/18)(-1) + (1 - 13/18)(1) over 2 = 0.25;
        // change over two weeks = 0.5.
        assertThat(trend.change().getAsDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(trend.direction()).isEqualTo(TrendDirection.UP);
    }

    @Test
    void aQuietWeekIsShownEmptyAndLeftOutOfTheTrend() {
        InsightData data = new InsightData(List.of(
                InsightSample.promise(1, "HELP-1", "anna", PromiseKind.CALLBACK, InsightSample.MADE,
                        "2026-03-03T10:00:00Z", PromiseStatus.KEPT),
                InsightSample.promise(2, "HELP-1", "anna", PromiseKind.CALLBACK, InsightSample.MADE,
                        "2026-03-17T10:00:00Z", PromiseStatus.BROKEN)), Map.of(), List.of(), List.of());
        KeptTrend trend = figures.report(help(null), data).trend();
        assertThat(trend.weeks()).extracting(WeekPoint::week).containsExactly("2026-W10", "2026-W11", "2026-W12");
        assertThat(trend.weeks().get(1).rate().settled()).isZero();
        // Points (0, 1) and (2, 0): slope -1/2, change over two weeks -1.
        assertThat(trend.change().getAsDouble()).isCloseTo(-1.0, within(1e-9));
        assertThat(trend.direction()).isEqualTo(TrendDirection.DOWN);
    }

    @Test
    void oneWeekHasNoTrendAndASmallChangeIsFlat() {
        InsightData one = new InsightData(List.of(InsightSample.promise(1, "HELP-1", "anna", PromiseKind.CALLBACK,
                InsightSample.MADE, "2026-03-03T10:00:00Z", PromiseStatus.KEPT)), Map.of(), List.of(), List.of());
        assertThat(figures.report(help(null), one).trend().direction()).isEqualTo(TrendDirection.UNKNOWN);
        assertThat(figures.report(help(null), one).trend().change()).isEmpty();
        // Two weeks at 1/2 each: change 0, flat.
        InsightData flat = new InsightData(List.of(
                InsightSample.promise(1, "HELP-1", "a", PromiseKind.CALLBACK, InsightSample.MADE, "2026-03-03T10:00:00Z", PromiseStatus.KEPT),
                InsightSample.promise(2, "HELP-1", "a", PromiseKind.CALLBACK, InsightSample.MADE, "2026-03-03T11:00:00Z", PromiseStatus.BROKEN),
                InsightSample.promise(3, "HELP-1", "a", PromiseKind.CALLBACK, InsightSample.MADE, "2026-03-10T10:00:00Z", PromiseStatus.KEPT),
                InsightSample.promise(4, "HELP-1", "a", PromiseKind.CALLBACK, InsightSample.MADE, "2026-03-10T11:00:00Z", PromiseStatus.BROKEN)),
                Map.of(), List.of(), List.of());
        assertThat(figures.report(help(null), flat).trend().direction()).isEqualTo(TrendDirection.FLAT);
    }

    @Test
    void brokenAndKeptPromisesWithAndWithoutAProactiveNotice() {
        // Kept 1,3,4,6,7: notices sent before due for 3 (24h), 4 (30m), 7 (5d); 6 only drafted; 1 none.
        // Broken 2 (sent 2h before), 5 (sent 1h late, then the apology: neither is proactive).
        assertThat(figures.report(help(null), DATA).coverage()).containsExactly(
                new NoticeCoverage("KEPT", 3, 2),
                new NoticeCoverage("BROKEN", 1, 1),
                new NoticeCoverage("RENEGOTIATED", 0, 0));
    }

    @Test
    void noticeLeadTimesMedianP90AndBands() {
        LeadTimes lead = figures.report(help(null), DATA).leadTimes();
        // Sorted: -1h, 30m, 2h, 24h, 120h. Median: rank ceil(2.5) = 3 -> 2h; p90: rank ceil(4.5) = 5 -> 120h.
        assertThat(lead.count()).isEqualTo(5);
        assertThat(lead.median()).hasValue(Duration.ofHours(2));
        assertThat(lead.p90()).hasValue(Duration.ofDays(5));
        assertThat(lead.buckets()).isEqualTo(Map.of(LeadBucket.LATE, 1, LeadBucket.UNDER_1H, 1,
                LeadBucket.FROM_1H_TO_4H, 1, LeadBucket.FROM_4H_TO_1D, 0, LeadBucket.FROM_1D_TO_3D, 1,
                LeadBucket.OVER_3D, 1));
    }

    @Test
    void gesturesSuggestedDoneDismissedWithReasonsAndCost() {
        GestureFigures g = figures.report(help(null), DATA).gestures();
        // HELP in March: 6 gestures (OPS-1 and February's call are out); done: call (0) and gift (25).
        assertThat(g.total()).isEqualTo(new GestureRow("all", "all", 6, 2, 3, 1, new BigDecimal("25.00")));
        assertThat(g.byGesture()).containsExactly(
                new GestureRow("gift", "Goodwill gesture", 3, 1, 2, 0, new BigDecimal("25.00")),
                new GestureRow("call", "Personal call", 2, 1, 0, 1, BigDecimal.ZERO),
                new GestureRow("note", "Thank-you note", 1, 0, 1, 0, BigDecimal.ZERO));
        assertThat(g.dismissReasons()).containsExactly(Map.entry("too expensive", 2),
                Map.entry("customer already happy", 1));
        // Times to act: 30m, 1h, 2h, 24h, 24h -> median 2h.
        assertThat(g.medianTimeToAct()).hasValue(Duration.ofHours(2));
    }

    @Test
    void satisfactionByOutcomeAndByNotice() {
        InsightReport r = figures.report(help(null), DATA);
        // HELP-1 (2): broken, notified (2). HELP-2 (5): kept, notified. HELP-3 (1): broken, not notified.
        // HELP-4 (4): kept, notified (7). HELP-6: no rating.
        assertThat(r.satisfaction()).hasSize(4);
        SatisfactionRow kept = r.satisfaction().get(0);
        assertThat(kept.group()).isEqualTo(InsightFigures.KEPT);
        assertThat(kept.rated()).isEqualTo(2);
        assertThat(kept.average()).hasValue(4.5);
        assertThat(kept.counts()).containsExactly(0, 0, 0, 1, 1);
        SatisfactionRow broken = r.satisfaction().get(1);
        assertThat(broken.average()).hasValue(1.5);
        assertThat(broken.counts()).containsExactly(1, 1, 0, 0, 0);
        SatisfactionRow notified = r.satisfaction().get(2);
        assertThat(notified.group()).isEqualTo(InsightFigures.NOTIFIED);
        assertThat(notified.rated()).isEqualTo(3);
        assertThat(notified.average().getAsDouble()).isCloseTo(11.0 / 3, within(1e-9));
        SatisfactionRow notNotified = r.satisfaction().get(3);
        assertThat(notNotified.rated()).isEqualTo(1);
        assertThat(notNotified.average()).hasValue(1.0);
        assertThat(r.unratedTickets()).isEqualTo(1);
    }

    @Test
    void theComponentFilterNarrowsEveryFigure() {
        InsightReport r = figures.report(help("Network"), DATA);
        // HELP-3 (5 broken, 6 kept), HELP-4 (7 kept, 8 open).
        assertThat(r.keptRates().overall()).isEqualTo(new KeptRate("all", 2, 1, 0, 1, 0));
        assertThat(r.coverage().get(0)).isEqualTo(new NoticeCoverage("KEPT", 1, 1));
        assertThat(r.coverage().get(1)).isEqualTo(new NoticeCoverage("BROKEN", 0, 1));
        assertThat(r.leadTimes().count()).isEqualTo(2);             // -1h (5) and 5 days (7)
        assertThat(r.gestures().total()).isEqualTo(new GestureRow("all", "all", 3, 1, 2, 0, new BigDecimal("25.00")));
        assertThat(r.components()).as("choices stay all components").containsExactly("(unknown)", "Network", "Workplace");
    }

    @Test
    void theProjectAndPeriodFiltersSelect() {
        InsightFilter ops = new InsightFilter(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"),
                ZoneOffset.UTC, Set.of("OPS"), null);
        InsightReport r = figures.report(ops, DATA);
        assertThat(r.keptRates().overall()).isEqualTo(new KeptRate("all", 0, 1, 0, 0, 0));
        assertThat(r.gestures().total().cost()).isEqualByComparingTo("40");
        InsightFilter february = new InsightFilter(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28"),
                ZoneOffset.UTC, Set.of("HELP"), null);
        InsightReport feb = figures.report(february, DATA);
        assertThat(feb.keptRates().overall()).isEqualTo(new KeptRate("all", 1, 0, 0, 0, 0));
        assertThat(feb.gestures().total().suggested()).isEqualTo(1);
        assertThat(feb.satisfaction().get(0).average()).hasValue(5.0);
    }
}
