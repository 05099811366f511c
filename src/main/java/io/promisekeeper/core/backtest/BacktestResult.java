package io.promisekeeper.core.backtest;

import java.util.List;

/**
 * Everything a backtest measured, ready for a report. {@code headline} is on the policy the app would choose
 * ({@code choice}); {@code learntHeadline} is the learnt forecast's own, whichever policy was chosen.
 */
public record BacktestResult(BacktestSplit split, List<PolicyOutcome> baseline, List<PolicyOutcome> forecast,
                             Calibration calibration, Headline headline, List<SegmentOutcome> segments,
                             long trainingMillis, long trainingCpuMillis, long evaluationMillis,
                             long forecasts, ForecastChoice choice, Headline learntHeadline,
                             long validationMillis) {
    public BacktestResult {
        baseline = List.copyOf(baseline);
        forecast = List.copyOf(forecast);
        segments = List.copyOf(segments);
    }
}
