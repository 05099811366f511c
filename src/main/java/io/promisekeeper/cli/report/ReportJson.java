package io.promisekeeper.cli.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.promisekeeper.core.backtest.BacktestResult;
import io.promisekeeper.core.backtest.Calibration;
import io.promisekeeper.core.backtest.ForecastChoice;
import io.promisekeeper.core.backtest.Headline;
import io.promisekeeper.core.backtest.PolicyOutcome;
import io.promisekeeper.core.backtest.SegmentOutcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes report.json with the keys docs/backtest.md names, plus segments and timings. */
public final class ReportJson {
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Map<String, Object> content(BacktestResult result, String source, Map<String, Object> timings) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("source", source);
        Map<String, Object> tickets = new LinkedHashMap<>();
        tickets.put("train", result.split().train().size());
        tickets.put("test", result.split().test().size());
        tickets.put("leftOut", result.split().leftOut().total());
        tickets.put("breaches", result.split().breaches());
        Map<String, Object> leftOut = new LinkedHashMap<>();
        leftOut.put("neverResolved", result.split().leftOut().neverResolved());
        leftOut.put("resolvedBeforeOpened", result.split().leftOut().resolvedBeforeOpened());
        leftOut.put("smallSegment", result.split().leftOut().smallSegment());
        tickets.put("leftOutBy", leftOut);
        root.put("tickets", tickets);
        Map<String, Object> targets = new LinkedHashMap<>();
        result.split().targets().forEach((segment, millis) -> targets.put(segment, millis / 3_600_000d));
        root.put("targets", targets);
        root.put("baseline", outcomes(result.baseline(), "h"));
        root.put("forecast", outcomes(result.forecast(), "threshold"));
        Map<String, Object> calibration = new LinkedHashMap<>();
        calibration.put("brier", result.calibration().brier());
        calibration.put("forecasts", result.calibration().forecasts());
        List<Object> bins = new ArrayList<>();
        for (Calibration.Band band : result.calibration().bands()) {
            Map<String, Object> bin = new LinkedHashMap<>();
            bin.put("from", band.from());
            bin.put("to", band.to());
            bin.put("forecasts", band.forecasts());
            bin.put("meanProbability", band.meanProbability());
            bin.put("observedRate", band.observedRate());
            bins.add(bin);
        }
        calibration.put("bins", bins);
        root.put("calibration", calibration);
        root.put("chosen", result.choice().policyName());
        root.put("validation", validation(result.choice()));
        root.put("headline", headline(result.headline()));
        root.put("learntHeadline", headline(result.learntHeadline()));
        List<Object> segments = new ArrayList<>();
        for (SegmentOutcome segment : result.segments()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("segment", segment.segment());
            entry.put("targetHours", segment.targetHours());
            entry.put("trainTickets", segment.trainTickets());
            entry.put("testTickets", segment.testTickets());
            entry.put("breaches", segment.breaches());
            entry.put("baseline", outcomes(segment.baseline(), "h"));
            entry.put("forecast", segment.forecast() == null ? null : outcome(segment.forecast(), "threshold"));
            segments.add(entry);
        }
        root.put("segments", segments);
        root.put("timings", timings);
        return root;
    }

    public void write(Path file, Map<String, Object> content) {
        try {
            json.writeValue(file.toFile(), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Object> outcomes(List<PolicyOutcome> outcomes, String settingKey) {
        List<Object> out = new ArrayList<>();
        for (PolicyOutcome outcome : outcomes) {
            out.add(outcome(outcome, settingKey));
        }
        return out;
    }

    private static Map<String, Object> outcome(PolicyOutcome outcome, String settingKey) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put(settingKey, outcome.setting());
        point.put("notices", outcome.notices());
        point.put("falseNotices", outcome.falseNotices());
        point.put("falsePerBreach", outcome.falsePerBreach());
        point.put("recall", outcome.recall());
        point.put("meanLeadHours", outcome.meanLeadHours());
        return point;
    }

    /** The figures the choice rests on: the held-out, most recent part of the training history. */
    private static Map<String, Object> validation(ForecastChoice choice) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("chosen", choice.policyName());
        out.put("reason", choice.reason().name());
        out.put("summary", choice.summary());
        out.put("targetFalsePerBreach", choice.target());
        out.put("holdoutTickets", choice.holdoutTickets());
        out.put("holdoutBreaches", choice.holdoutBreaches());
        out.put("gain", finite(choice.gain()));
        out.put("falsePerBreach", finite(choice.falsePerBreach()));
        out.put("brier", finite(choice.brier()));
        out.put("baseRateBrier", finite(choice.baseRateBrier()));
        return out;
    }

    private static Map<String, Object> headline(Headline h) {
        Map<String, Object> headline = new LinkedHashMap<>();
        headline.put("policy", h.policy());
        headline.put("gain", finite(h.gain()));
        headline.put("falsePerBreach", finite(h.falsePerBreach()));
        headline.put("forecastLeadHours", finite(h.forecastLeadHours()));
        headline.put("baselineLeadHours", finite(h.baselineLeadHours()));
        headline.put("threshold", finite(h.threshold()));
        headline.put("absence", h.absence());
        headline.put("line", h.line());
        return headline;
    }

    private static Object finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
