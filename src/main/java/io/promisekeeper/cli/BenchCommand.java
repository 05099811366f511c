package io.promisekeeper.cli;

import io.promisekeeper.core.backtest.Backtest;
import io.promisekeeper.core.backtest.BacktestResult;
import io.promisekeeper.core.backtest.BacktestSplit;
import io.promisekeeper.core.backtest.SplitMode;
import io.promisekeeper.core.forecast.EventLog;
import io.promisekeeper.core.forecast.ForecastModel;
import io.promisekeeper.core.forecast.ForecastTrainer;
import io.promisekeeper.core.forecast.LatenessForecaster;
import io.promisekeeper.core.forecast.PromisedTicket;
import io.promisekeeper.core.forecast.TicketCursor;
import io.promisekeeper.cli.bench.ListenerBench;
import io.promisekeeper.cli.bench.PanelBench;
import io.promisekeeper.cli.bench.Timings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Measures the forecaster (reading, training at three sizes, the whole backtest, forecasts per second) and the
 * app's hot paths in Jira (the issue-event listener, the agent panel render).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Prints timings of the forecaster (reading, training, backtesting, forecasting) and of the "
                + "app's hot paths (issue events, agent panel).")
public final class BenchCommand implements Callable<Integer> {
    /** Which figures to measure. */
    enum Part { ALL, FORECAST, APP, TICK, INSIGHT }

    @Mixin
    LogSource source;
    @Option(names = "--rounds", defaultValue = "3", description = "Repetitions per measure (median is printed)")
    int rounds;
    @Option(names = "--what", defaultValue = "ALL", converter = PartConverter.class,
            description = "all (forecast and app), forecast, app, or tick (the notice round over N open promises in "
                    + "Active Objects on H2; seeding a million takes minutes), or insight (the across-projects insight "
                    + "report over N settled promises) (default: ${DEFAULT-VALUE})")
    Part what;
    @Option(names = "--tick-sizes", split = ",", defaultValue = "10000,100000,1000000",
            description = "Open promises in the store for --what tick (default: ${DEFAULT-VALUE})")
    List<Integer> tickSizes;
    @Option(names = "--insight-sizes", split = ",", defaultValue = "100000",
            description = "Settled promises in the store for --what insight (default: ${DEFAULT-VALUE})")
    List<Integer> insightSizes;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (what == Part.TICK) {
            io.promisekeeper.cli.bench.TickBench.printTable(out, tickSizes);
            out.flush();
            return 0;
        }
        if (what == Part.INSIGHT) {
            io.promisekeeper.cli.bench.InsightBench.printTable(out, insightSizes);
            out.flush();
            return 0;
        }
        if (what != Part.APP) {
            forecastFigures(out);
        }
        if (what != Part.FORECAST) {
            appFigures(out);
        }
        out.flush();
        return 0;
    }

    /** The listener on Jira's thread and the panel render, as median / p99 / max per operation. */
    private static void appFigures(PrintWriter out) {
        out.printf(Locale.ROOT, "%n%-56s %10s %10s %10s%n", "app hot path", "median", "p99", "max");
        // A thousand renders before timing: Jira serves the panel all day, so the figure is the warmed-up one; the
        // first renders after a start (JIT still compiling) take about twice as long.
        for (Timings t : List.of(new ListenerBench(200_000, 200_000).run(), new PanelBench(1000, 500).run())) {
            out.printf(Locale.ROOT, "%-56s %8.1fus %8.1fus %8.1fus%n", t.what(), t.median() / 1e3, t.p99() / 1e3,
                    t.max() / 1e3);
        }
    }

    /** Reads {@code --what} case-insensitively. */
    static final class PartConverter implements picocli.CommandLine.ITypeConverter<Part> {
        @Override
        public Part convert(String value) {
            return Part.valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

    private void forecastFigures(PrintWriter out) {
        List<Double> reads = new ArrayList<>();
        List<Double> readsCpu = new ArrayList<>();
        EventLog log = null;
        for (int r = 0; r < rounds; r++) {
            log = null;
            long start = System.nanoTime();
            long cpu = cpu();
            log = source.read(TerminalProgress.forConsole());
            reads.add((System.nanoTime() - start) / 1e9);
            readsCpu.add((cpu() - cpu) / 1e9);
        }
        BacktestSplit split = BacktestSplit.of(log.tickets(), SplitMode.TIME);
        ForecastTrainer trainer = new ForecastTrainer(ForecastTrainer.Settings.standard());
        out.printf(Locale.ROOT, "%-44s %10s %10s%n", "what", "wall", "cpu");
        out.printf(Locale.ROOT, "%-44s %9.3fs %9.3fs%n", "read log (" + log.eventCount() + " events)", median(reads),
                median(readsCpu));
        ForecastModel model = null;
        for (int share : new int[]{25, 50, 100}) {
            List<PromisedTicket> train = split.train().subList(0, split.train().size() * share / 100);
            List<Double> times = new ArrayList<>();
            List<Double> cpus = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                long start = System.nanoTime();
                long cpu = cpu();
                model = trainer.train(train, log.schema());
                times.add((System.nanoTime() - start) / 1e9);
                cpus.add((cpu() - cpu) / 1e9);
            }
            out.printf(Locale.ROOT, "%-44s %9.3fs %9.3fs%n", "training on " + train.size() + " tickets", median(times),
                    median(cpus));
        }
        List<Double> backtests = new ArrayList<>();
        List<Double> backtestsCpu = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            long cpu = cpu();
            BacktestResult ignored = new Backtest(trainer).run(log, SplitMode.TIME);
            backtests.add((System.nanoTime() - start) / 1e9);
            backtestsCpu.add((cpu() - cpu) / 1e9);
        }
        out.printf(Locale.ROOT, "%-44s %9.3fs %9.3fs%n", "backtest after reading (train + all settings)",
                median(backtests), median(backtestsCpu));

        LatenessForecaster forecaster = new LatenessForecaster(model, log.schema());
        List<Double> rates = new ArrayList<>();
        List<Double> scoreRates = new ArrayList<>();
        float[][] vectors = vectors(forecaster, split.test());
        for (int r = 0; r < rounds; r++) {
            rates.add(walkingRate(forecaster, split.test()));
            scoreRates.add(scoringRate(forecaster, vectors));
        }
        out.printf(Locale.ROOT, "%-44s %10.0f%n", "forecasts per cpu-second, walking histories", median(rates));
        out.printf(Locale.ROOT, "%-44s %10.0f%n", "forecasts per cpu-second, prepared features", median(scoreRates));
        out.printf(Locale.ROOT, "%-44s %8dMB%n", "peak heap", BacktestCommand.peakHeapMegabytes());
        out.printf(Locale.ROOT, "%-44s %9dB%n", "serialised model", model.toBytes().length);
    }

    /** Forecasts at every check of every test ticket, features built from the history each time. */
    private static double walkingRate(LatenessForecaster forecaster, List<PromisedTicket> tickets) {
        TicketCursor cursor = forecaster.cursor();
        float[] scratch = new float[forecaster.featureCount()];
        long count = 0;
        double sink = 0;
        long start = cpu();
        for (int repeat = 0; repeat < 5; repeat++) {
            for (PromisedTicket promise : tickets) {
                cursor.reset(promise.ticket());
                for (int k = 0; k < PromisedTicket.CHECKS; k++) {
                    long now = promise.checkTime(k);
                    cursor.advanceTo(now);
                    sink += forecaster.breachProbability(cursor, promise.horizon(), now, scratch);
                    count++;
                }
            }
        }
        // Per second of this thread's CPU time: one core's rate, whatever else the machine is doing.
        double seconds = (cpu() - start) / 1e9;
        return sink < 0 ? 0 : count / seconds;
    }

    private static float[][] vectors(LatenessForecaster forecaster, List<PromisedTicket> tickets) {
        List<float[]> out = new ArrayList<>();
        TicketCursor cursor = forecaster.cursor();
        for (PromisedTicket promise : tickets) {
            cursor.reset(promise.ticket());
            long now = promise.checkTime(10);
            cursor.advanceTo(now);
            float[] vector = new float[forecaster.featureCount()];
            forecaster.breachProbability(cursor, promise.horizon(), now, vector);
            out.add(vector);
        }
        return out.toArray(new float[0][]);
    }

    private static double scoringRate(LatenessForecaster forecaster, float[][] vectors) {
        long count = 0;
        double sink = 0;
        long start = cpu();
        for (int repeat = 0; repeat < 50; repeat++) {
            for (float[] vector : vectors) {
                sink += forecaster.model().probability(forecaster.score(vector));
                count++;
            }
        }
        // Per second of this thread's CPU time: one core's rate, whatever else the machine is doing.
        double seconds = (cpu() - start) / 1e9;
        return sink < 0 ? 0 : count / seconds;
    }

    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
