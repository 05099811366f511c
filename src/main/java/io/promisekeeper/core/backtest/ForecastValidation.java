package io.promisekeeper.core.backtest;

import io.promisekeeper.core.forecast.ForecastModel;
import io.promisekeeper.core.forecast.ForecastTrainer;
import io.promisekeeper.core.forecast.LatenessForecaster;
import io.promisekeeper.core.forecast.LogSchema;
import io.promisekeeper.core.forecast.PromisedTicket;

import java.util.ArrayList;
import java.util.List;

/**
 * Self-validation before use, the same in the nightly training and in the backtest: the most recent
 * {@link #HOLDOUT_SHARE} of a history (in time order) is held out, a forecast is trained on the rest, and both it
 * and the fixed timer are replayed on the held-out tickets with the backtest protocol. The learnt forecast is
 * chosen only when it warns earlier than the timer at the operating point (gain above 1 at the same false notices
 * per breach, by a margin that shrinks with the number of held-out breaches: {@link #requiredGain}) and its Brier
 * score beats always saying the base rate; otherwise the timer stays.
 */
public final class ForecastValidation {
    /** Share of the history, the most recent, that is held out: a quarter keeps enough breaches on small histories. */
    public static final double HOLDOUT_SHARE = 0.25;
    /**
     * Fewer held-out breaches than this and no verdict on the forecast is trusted: one breach then moves the false
     * notices per breach by more than 0.05 (a quarter of the headline window) and the mean lead rests on a handful
     * of tickets.
     */
    public static final int MIN_HOLDOUT_BREACHES = 20;

    /**
     * The gain the learnt forecast must exceed with {@code breaches} held-out breaches: 1 plus one standard error of
     * a mean lead over that many breaches, taking the lead of one breach to vary as much as its mean (a breach is
     * warned anywhere between never and the whole horizon early). A gain within that of 1 could be luck.
     */
    public static double requiredGain(int breaches) {
        return 1 + 1 / Math.sqrt(Math.max(1, breaches));
    }

    private final ForecastTrainer trainer;
    private final double target;

    /** @param target the operating point: false notices per breach accepted (the protocol's 0.25 by default) */
    public ForecastValidation(ForecastTrainer trainer, double target) {
        if (!(target > Headline.WINDOW) || target > 5) {
            throw new IllegalArgumentException("target false notices per breach must be above "
                    + Headline.WINDOW + " and at most 5, not " + target);
        }
        this.trainer = trainer;
        this.target = target;
    }

    public ForecastValidation(ForecastTrainer trainer) {
        this(trainer, Headline.TARGET);
    }

    public double target() {
        return target;
    }

    /** Validates on a history of promised tickets in time order (oldest first). Deterministic. */
    public ForecastChoice validate(List<PromisedTicket> history, LogSchema schema) {
        int holdoutCount = (int) Math.round(history.size() * HOLDOUT_SHARE);
        List<PromisedTicket> fit = history.subList(0, history.size() - holdoutCount);
        List<PromisedTicket> holdout = history.subList(fit.size(), history.size());
        int breaches = 0;
        for (PromisedTicket promise : holdout) {
            breaches += promise.breached() ? 1 : 0;
        }
        if (breaches < MIN_HOLDOUT_BREACHES || fit.isEmpty()) {
            return new ForecastChoice(ForecastChoice.Policy.TIMER, ForecastChoice.Reason.TOO_FEW_BREACHES,
                    holdout.size(), breaches, Double.NaN, Double.NaN, Double.NaN, Double.NaN, target);
        }
        ForecastModel model = trainer.train(fit, schema);
        float[][] probabilities = Backtest.forecasts(new LatenessForecaster(model, schema), holdout);
        boolean[] breached = new boolean[holdout.size()];
        for (int i = 0; i < breached.length; i++) {
            breached[i] = holdout.get(i).breached();
        }
        double brier = Calibration.of(probabilities, breached).brier();
        double baseBrier = baseRateBrier(fit, holdout);
        List<PolicyOutcome> baseline = new ArrayList<>();
        for (double h : FixedTimer.SETTINGS) {
            baseline.add(FixedTimer.outcome(h, holdout));
        }
        Headline at = Headline.of(baseline, ForecastPolicy.outcomes(ForecastPolicy.sweep(), holdout, probabilities),
                target);
        ForecastChoice.Reason reason;
        if (!at.present()) {
            reason = ForecastChoice.Reason.NO_OPERATING_POINT;
        } else if (!(at.gain() > requiredGain(breaches))) {
            reason = ForecastChoice.Reason.NO_GAIN;
        } else if (!(brier < baseBrier)) {
            reason = ForecastChoice.Reason.WORSE_THAN_BASE_RATE;
        } else {
            reason = ForecastChoice.Reason.BEATS_TIMER;
        }
        return new ForecastChoice(reason == ForecastChoice.Reason.BEATS_TIMER
                ? ForecastChoice.Policy.LEARNT : ForecastChoice.Policy.TIMER, reason, holdout.size(), breaches,
                at.gain(), at.falsePerBreach(), brier, baseBrier, target);
    }

    /** Brier score on the held-out checks of always forecasting the breach rate of the fit checks. */
    static double baseRateBrier(List<PromisedTicket> fit, List<PromisedTicket> holdout) {
        long checks = 0;
        long positive = 0;
        for (PromisedTicket promise : fit) {
            int open = promise.openChecks();
            checks += open;
            positive += promise.breached() ? open : 0;
        }
        double rate = checks == 0 ? 0 : positive / (double) checks;
        double squared = 0;
        long total = 0;
        for (PromisedTicket promise : holdout) {
            double y = promise.breached() ? 1 : 0;
            int open = promise.openChecks();
            squared += open * (rate - y) * (rate - y);
            total += open;
        }
        return total == 0 ? 0 : squared / total;
    }
}
