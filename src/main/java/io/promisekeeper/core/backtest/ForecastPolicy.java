package io.promisekeeper.core.backtest;

import io.promisekeeper.core.forecast.PromisedTicket;

import java.util.ArrayList;
import java.util.List;

/**
 * The forecaster as a notice policy: notify at the first check whose breach probability reaches the
 * threshold. {@code probabilities[i][k]} is ticket i's forecast at check k, for its open checks only.
 */
public final class ForecastPolicy {
    private ForecastPolicy() {
    }

    /** Thresholds from 0.01 to 0.99 in steps of 0.005: dense enough to land near any false-per-breach. */
    public static double[] sweep() {
        List<Double> values = new ArrayList<>();
        for (int i = 2; i <= 198; i++) {
            values.add(i / 200d);
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    public static int[] notices(double threshold, float[][] probabilities) {
        int[] out = new int[probabilities.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = -1;
            float[] p = probabilities[i];
            for (int k = 0; k < p.length; k++) {
                if (p[k] >= threshold) {
                    out[i] = k;
                    break;
                }
            }
        }
        return out;
    }

    public static List<PolicyOutcome> outcomes(double[] thresholds, List<PromisedTicket> tickets, float[][] probabilities) {
        List<PolicyOutcome> out = new ArrayList<>();
        for (double threshold : thresholds) {
            out.add(PolicyOutcome.tally(threshold, tickets, notices(threshold, probabilities)));
        }
        return out;
    }
}
