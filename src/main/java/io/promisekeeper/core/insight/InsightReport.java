package io.promisekeeper.core.insight;

import java.util.List;

/**
 * Every figure of an insight page for one filter: kept-rates per grouping with the weekly trend, notice coverage
 * of settled promises, notice lead times, delight gestures, satisfaction; plus the components seen before
 * the component filter, to offer as choices.
 */
public record InsightReport(InsightFilter filter, KeptRateReport keptRates, KeptTrend trend,
                            List<NoticeCoverage> coverage, LeadTimes leadTimes, GestureFigures gestures,
                            List<SatisfactionRow> satisfaction, int unratedTickets, List<String> components) {
    public InsightReport {
        coverage = List.copyOf(coverage);
        satisfaction = List.copyOf(satisfaction);
        components = List.copyOf(components);
    }
}
