package io.promisekeeper.core.backtest;

import io.promisekeeper.core.forecast.EventLog;
import io.promisekeeper.core.forecast.ForecastModel;
import io.promisekeeper.core.forecast.ForecastTrainer;
import io.promisekeeper.core.forecast.LatenessForecaster;
import io.promisekeeper.core.forecast.PromisedTicket;
import io.promisekeeper.core.forecast.TicketCursor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the backtest protocol on an event log: split, promises, train, forecast at every check, score. */
public final class Backtest {
    private final ForecastTrainer trainer;
    private final ForecastValidation validation;

    public Backtest(ForecastTrainer trainer) {
        this(trainer, Headline.TARGET);
    }

    /** @param target the operating point (false notices per breach) the app's choice and the headline are taken at */
    public Backtest(ForecastTrainer trainer, double target) {
        this.trainer = trainer;
        this.validation = new ForecastValidation(trainer, target);
    }

    public BacktestResult run(EventLog log, SplitMode mode) {
        BacktestSplit split = BacktestSplit.of(log.tickets(), mode);
        // What the app would do with this history: validate on its latest part, before looking at the test half.
        long validating = System.nanoTime();
        ForecastChoice choice = validation.validate(split.train(), log.schema());
        long validationMillis = (System.nanoTime() - validating) / 1_000_000;
        long started = System.nanoTime();
        long startedCpu = threadCpuNanos();
        ForecastModel model = trainer.train(split.train(), log.schema());
        long trained = System.nanoTime();
        long trainedCpu = threadCpuNanos();
        LatenessForecaster forecaster = new LatenessForecaster(model, log.schema());
        List<PromisedTicket> test = split.test();
        float[][] probabilities = forecasts(forecaster, test);
        long forecasts = 0;
        for (float[] p : probabilities) {
            forecasts += p.length;
        }
        boolean[] breached = new boolean[test.size()];
        for (int i = 0; i < breached.length; i++) {
            breached[i] = test.get(i).breached();
        }
        List<PolicyOutcome> baseline = new ArrayList<>();
        for (double h : FixedTimer.SETTINGS) {
            baseline.add(FixedTimer.outcome(h, test));
        }
        List<PolicyOutcome> forecast = ForecastPolicy.outcomes(ForecastPolicy.sweep(), test, probabilities);
        Headline learnt = Headline.of(baseline, forecast, validation.target());
        Headline headline = choice.learnt() ? learnt : Headline.timer(baseline, validation.target());
        List<SegmentOutcome> segments = segments(split, probabilities, learnt.threshold());
        long done = System.nanoTime();
        return new BacktestResult(split, baseline, forecast, Calibration.of(probabilities, breached), headline,
                segments, (trained - started) / 1_000_000, (trainedCpu - startedCpu) / 1_000_000,
                (done - trained) / 1_000_000, forecasts, choice, learnt, validationMillis);
    }

    // CPU time of this thread: on a shared machine it says what the work costs, wall time what it took.
    private static long threadCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    /** The forecaster's probability at each open check of each ticket, walking each ticket once. */
    public static float[][] forecasts(LatenessForecaster forecaster, List<PromisedTicket> tickets) {
        TicketCursor cursor = forecaster.cursor();
        float[] scratch = new float[forecaster.featureCount()];
        float[][] out = new float[tickets.size()][];
        for (int i = 0; i < out.length; i++) {
            PromisedTicket promise = tickets.get(i);
            int checks = promise.openChecks();
            float[] p = new float[checks];
            cursor.reset(promise.ticket());
            for (int k = 0; k < checks; k++) {
                long now = promise.checkTime(k);
                cursor.advanceTo(now);
                p[k] = (float) forecaster.breachProbability(cursor, promise.horizon(), now, scratch);
            }
            out[i] = p;
        }
        return out;
    }

    private static List<SegmentOutcome> segments(BacktestSplit split, float[][] probabilities, double threshold) {
        List<SegmentOutcome> out = new ArrayList<>();
        for (Map.Entry<String, Long> target : split.targets().entrySet()) {
            String segment = target.getKey();
            List<PromisedTicket> tickets = new ArrayList<>();
            List<float[]> p = new ArrayList<>();
            for (int i = 0; i < split.test().size(); i++) {
                if (BacktestSplit.segmentOf(split.test().get(i).ticket()).equals(segment)) {
                    tickets.add(split.test().get(i));
                    p.add(probabilities[i]);
                }
            }
            int train = 0;
            for (PromisedTicket promise : split.train()) {
                if (BacktestSplit.segmentOf(promise.ticket()).equals(segment)) {
                    train++;
                }
            }
            List<PolicyOutcome> baseline = new ArrayList<>();
            for (double h : FixedTimer.SETTINGS) {
                baseline.add(FixedTimer.outcome(h, tickets));
            }
            PolicyOutcome forecast = Double.isNaN(threshold) ? null : PolicyOutcome.tally(threshold, tickets,
                    ForecastPolicy.notices(threshold, p.toArray(new float[0][])));
            int breaches = (int) tickets.stream().filter(PromisedTicket::breached).count();
            out.add(new SegmentOutcome(segment, target.getValue() / 3_600_000d, train, tickets.size(), breaches,
                    baseline, forecast));
        }
        return out;
    }
}
