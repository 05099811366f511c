package io.promisekeeper.core.backtest;

import java.util.List;
import java.util.Locale;

/**
 * The one figure of a backtest: the forecaster setting closest to 0.25 false notices per breach, and its
 * mean lead against the fixed timer's lead interpolated at the same false-per-breach. A setting counts only
 * when it lands within {@link #WINDOW} of the target; otherwise there is no headline and {@code absence} says
 * why. When the app would keep the fixed timer the headline is the timer against itself: gain 1 by definition.
 *
 * @param absence why there is no figure, or null when there is one
 * @param policy  the policy the figure describes: {@code learnt} or {@code timer}
 */
public record Headline(double gain, double falsePerBreach, double forecastLeadHours, double baselineLeadHours,
                       double threshold, String policy, String absence) {
    /** The false-per-breach the headline is taken at. */
    public static final double TARGET = 0.25;
    /** How far from the target a setting may land and still give a headline: 0.15–0.35 around 0.25. */
    public static final double WINDOW = 0.10;
    /** The learnt forecast's policy name in reports. */
    public static final String LEARNT = "learnt";
    /** The fixed timer's policy name in reports. */
    public static final String TIMER = "timer";

    /** The learnt forecast's headline at the protocol's target. */
    public static Headline of(List<PolicyOutcome> baseline, List<PolicyOutcome> forecast) {
        return of(baseline, forecast, TARGET);
    }

    /** The learnt forecast's headline at the given false-per-breach (the administrator's operating point). */
    public static Headline of(List<PolicyOutcome> baseline, List<PolicyOutcome> forecast, double target) {
        int breaches = forecast.isEmpty() ? 0 : forecast.get(0).breaches();
        if (breaches == 0) {
            return absent(LEARNT, "no breached test tickets");
        }
        PolicyOutcome best = null;
        PolicyOutcome nearest = null;
        for (PolicyOutcome outcome : forecast) {
            double distance = Math.abs(outcome.falsePerBreach() - target);
            if (nearest == null || distance < Math.abs(nearest.falsePerBreach() - target)) {
                nearest = outcome;
            }
            if (distance <= WINDOW + 1e-9 && (best == null || distance < Math.abs(best.falsePerBreach() - target))) {
                best = outcome;
            }
        }
        if (best == null) {
            return absent(LEARNT, String.format(Locale.ROOT,
                    "the learnt forecast never came within %.2f–%.2f false notices per breach (nearest: %.2f at threshold %.3f)",
                    target - WINDOW, target + WINDOW, nearest.falsePerBreach(), nearest.setting()));
        }
        double baselineLead = interpolate(baseline, best.falsePerBreach());
        if (!(baselineLead > 0)) {
            return absent(LEARNT, "the fixed timer has no lead to compare with (no breached ticket was open at its checks)");
        }
        return new Headline(best.meanLeadHours() / baselineLead, best.falsePerBreach(), best.meanLeadHours(),
                baselineLead, best.setting(), LEARNT, null);
    }

    /**
     * The headline when the app keeps the fixed timer: the timer's lead at the target (interpolated between its
     * settings, as for the forecast) against itself, so the gain is 1.
     */
    public static Headline timer(List<PolicyOutcome> baseline, double target) {
        int breaches = baseline.isEmpty() ? 0 : baseline.get(0).breaches();
        if (breaches == 0) {
            return absent(TIMER, "no breached test tickets");
        }
        double lead = interpolate(baseline, target);
        if (!(lead > 0)) {
            return absent(TIMER, "the fixed timer has no lead (no breached ticket was open at its checks)");
        }
        return new Headline(1, target, lead, lead, Double.NaN, TIMER, null);
    }

    private static Headline absent(String policy, String why) {
        return new Headline(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, policy, why);
    }

    public boolean present() {
        return absence == null;
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

    /** The headline line as docs/backtest.md writes it; for the timer it names the timer as the policy in use. */
    public String line() {
        if (!present()) {
            return "headline: no gain to report (" + absence + ")";
        }
        if (TIMER.equals(policy)) {
            return String.format(Locale.ROOT,
                    "headline: gain %.2f at %.2f false notices per breach (fixed timer kept, lead %.1f h; the learnt forecast did not pass validation)",
                    gain, falsePerBreach, baselineLeadHours);
        }
        return String.format(Locale.ROOT,
                "headline: gain %.2f at %.2f false notices per breach (forecast lead %.1f h, fixed timer %.1f h)",
                gain, falsePerBreach, forecastLeadHours, baselineLeadHours);
    }
}
