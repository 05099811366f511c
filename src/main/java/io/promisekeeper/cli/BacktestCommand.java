package io.promisekeeper.cli;

import io.promisekeeper.cli.report.ReportHtml;
import io.promisekeeper.cli.report.ReportJson;
import io.promisekeeper.core.backtest.Backtest;
import io.promisekeeper.core.backtest.BacktestResult;
import io.promisekeeper.core.backtest.PolicyOutcome;
import io.promisekeeper.core.backtest.SplitMode;
import io.promisekeeper.core.forecast.EventLog;
import io.promisekeeper.core.forecast.ForecastTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** Backtests the lateness forecast against the fixed timer on an event log (docs/backtest.md). */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Replays an event log: does the forecast warn earlier than a fixed timer, without crying wolf?")
public final class BacktestCommand implements Callable<Integer> {
    @Mixin
    LogSource source;
    @Option(names = "--split", defaultValue = "time", description = "time or case (default: ${DEFAULT-VALUE})")
    String split;
    @Option(names = "--out", defaultValue = "backtest-report", description = "Report directory (default: ./${DEFAULT-VALUE}/)")
    Path out;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SplitMode mode = switch (split.toLowerCase(Locale.ROOT)) {
            case "time" -> SplitMode.TIME;
            case "case" -> SplitMode.CASE;
            default -> throw new IllegalArgumentException("--split must be time or case, not '" + split + "'");
        };
        PrintWriter console = spec.commandLine().getOut();
        long started = System.nanoTime();
        EventLog log = source.read(TerminalProgress.forConsole());
        long read = System.nanoTime();
        BacktestResult result = new Backtest(new ForecastTrainer(ForecastTrainer.Settings.standard())).run(log, mode);
        long done = System.nanoTime();

        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("events", log.eventCount());
        timings.put("readSeconds", (read - started) / 1e9);
        timings.put("validationSeconds", result.validationMillis() / 1e3);
        timings.put("trainingSeconds", result.trainingMillis() / 1e3);
        timings.put("trainingCpuSeconds", result.trainingCpuMillis() / 1e3);
        timings.put("evaluationSeconds", result.evaluationMillis() / 1e3);
        timings.put("totalSeconds", (done - started) / 1e9);
        timings.put("peakHeapMegabytes", peakHeapMegabytes());
        write(result, timings);

        console.printf(Locale.ROOT, "log: %s (%d events, %d tickets)%n", source.label(), log.eventCount(),
                log.tickets().size());
        console.printf(Locale.ROOT, "tickets: train %d, test %d, left out %d, breaches %d%n",
                result.split().train().size(), result.split().test().size(), result.split().leftOut().total(),
                result.split().breaches());
        StringBuilder targets = new StringBuilder("targets (h):");
        result.split().targets().forEach((segment, millis) ->
                targets.append(String.format(Locale.ROOT, " %s: %.1f", segment, millis / 3_600_000d)));
        console.println(targets);
        for (PolicyOutcome p : result.baseline()) {
            console.printf(Locale.ROOT, "fixed timer h=%.2f: %d notices, %d false (%.3f per breach), recall %.3f, mean lead %.1f h%n",
                    p.setting(), p.notices(), p.falseNotices(), p.falsePerBreach(), p.recall(), p.meanLeadHours());
        }
        console.printf(Locale.ROOT, "calibration: Brier %.4f over %d forecasts%n", result.calibration().brier(),
                result.calibration().forecasts());
        console.printf(Locale.ROOT, "validation: %s (Brier %s, base rate %s)%n", result.choice().summary(),
                finite(result.choice().brier()), finite(result.choice().baseRateBrier()));
        console.println("chosen: " + result.choice().policyName());
        console.println("learnt forecast on the test tickets: " + result.learntHeadline().line()
                .substring("headline: ".length()));
        console.printf(Locale.ROOT,
                "timings: read %.2f s, training %.2f s (cpu %.2f s), evaluation %.2f s, total %.2f s, peak heap %d MB%n",
                (read - started) / 1e9, result.trainingMillis() / 1e3, result.trainingCpuMillis() / 1e3,
                result.evaluationMillis() / 1e3, (done - started) / 1e9, peakHeapMegabytes());
        console.println("report: " + out.resolve("report.html"));
        console.println(result.headline().line());
        console.flush();
        return 0;
    }

    private void write(BacktestResult result, Map<String, Object> timings) {
        try {
            Files.createDirectories(out);
            ReportJson json = new ReportJson();
            json.write(out.resolve("report.json"), json.content(result, source.label(), timings));
            Files.writeString(out.resolve("report.html"), new ReportHtml().render(result, source.label()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + out + ": " + e.getMessage(), e);
        }
    }

    private static String finite(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value) : "–";
    }

    /** Peak use of all heap pools since the JVM started. */
    static long peakHeapMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
