package io.promisekeeper.core.backtest;

import java.util.List;
import java.util.Locale;

/**
 * The one figure of a backtest: the forecaster setting closest to 0.25 false notices per breach, and its
 * mean lead against the fixed timer's lead interpolated at the same false-per-breach.
 */
public record Headline(double gain, double falsePerBreach, double forecastLeadHours, double baselineLeadHours,
                       double threshold) {
    /** The false-per-breach the headline is taken at. */
    public static final double TARGET = 0.25;

    public static Headline of(List<PolicyOutcome> baseline, List<PolicyOutcome> forecast) {
        PolicyOutcome best = null;
        for (PolicyOutcome outcome : forecast) {
            if (best == null || Math.abs(outcome.falsePerBreach() - TARGET) < Math.abs(best.falsePerBreach() - TARGET)) {
                best = outcome;
            }
        }
        if (best == null) {
            return new Headline(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double baselineLead = interpolate(baseline, best.falsePerBreach());
        double gain = baselineLead > 0 ? best.meanLeadHours() / baselineLead : Double.NaN;
        return new Headline(gain, best.falsePerBreach(), best.meanLeadHours(), baselineLead, best.setting());
    }

    /**
     * The baseline's mean lead at false-per-breach x, linear between the two baseline points around x. Outside
     * their range the nearest segment is extended (below the first point: towards the origin, as a timer that
     * never fires has neither false notices nor lead).
     */
    public static double interpolate(List<PolicyOutcome> baseline, double x) {
        List<PolicyOutcome> points = baseline.stream()
                .sorted(java.util.Comparator.comparingDouble(PolicyOutcome::falsePerBreach)).toList();
        if (points.isEmpty()) {
            return Double.NaN;
        }
        double x0 = 0;
        double y0 = 0;
        for (int i = 0; i < points.size(); i++) {
            double x1 = points.get(i).falsePerBreach();
            double y1 = points.get(i).meanLeadHours();
            if (x <= x1 || i == points.size() - 1) {
                if (x1 == x0) {
                    return y1;
                }
                return y0 + (x - x0) * (y1 - y0) / (x1 - x0);
            }
            x0 = x1;
            y0 = y1;
        }
        return Double.NaN;
    }

    /** The headline line exactly as docs/backtest.md writes it. */
    public String line() {
        if (!Double.isFinite(gain)) {
            return "headline: no gain to report (no breached test tickets, or no fixed-timer lead to compare with)";
        }
        return String.format(Locale.ROOT,
                "headline: gain %.2f at %.2f false notices per breach (forecast lead %.1f h, fixed timer %.1f h)",
                gain, falsePerBreach, forecastLeadHours, baselineLeadHours);
    }
}
