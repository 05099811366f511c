package io.promisekeeper.core.backtest;

import java.util.List;

/** The backtest figures of one segment: its target, its test tickets and how each policy did on them. */
public record SegmentOutcome(String segment, double targetHours, int trainTickets, int testTickets, int breaches,
                             List<PolicyOutcome> baseline, PolicyOutcome forecast) {
    public SegmentOutcome {
        baseline = List.copyOf(baseline);
    }
}
