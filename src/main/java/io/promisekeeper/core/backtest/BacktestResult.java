package io.promisekeeper.core.backtest;

import java.util.List;

/** Everything a backtest measured, ready for a report. */
public record BacktestResult(BacktestSplit split, List<PolicyOutcome> baseline, List<PolicyOutcome> forecast,
                             Calibration calibration, Headline headline, List<SegmentOutcome> segments,
                             long trainingMillis, long trainingCpuMillis, long evaluationMillis,
                             long forecasts) {
    public BacktestResult {
        baseline = List.copyOf(baseline);
        forecast = List.copyOf(forecast);
        segments = List.copyOf(segments);
    }
}
