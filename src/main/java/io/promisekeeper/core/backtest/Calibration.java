package io.promisekeeper.core.backtest;

import java.util.ArrayList;
import java.util.List;

/** How well forecast probabilities match outcomes: the Brier score and a ten-band reliability table. */
public record Calibration(double brier, long forecasts, List<Band> bands) {
    /** One probability band: how many forecasts fell in it, their mean, and how often the promise broke. */
    public record Band(double from, double to, long forecasts, double meanProbability, double observedRate) {
    }

    public Calibration {
        bands = List.copyOf(bands);
    }

    /** Over every open check of every test ticket: {@code probabilities[i][k]} against ticket i's outcome. */
    public static Calibration of(float[][] probabilities, boolean[] breached) {
        int bandCount = 10;
        long[] counts = new long[bandCount];
        double[] sums = new double[bandCount];
        long[] positives = new long[bandCount];
        double squared = 0;
        long total = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double y = breached[i] ? 1 : 0;
            for (float p : probabilities[i]) {
                squared += (p - y) * (p - y);
                total++;
                int band = Math.min(bandCount - 1, (int) (p * bandCount));
                counts[band]++;
                sums[band] += p;
                positives[band] += breached[i] ? 1 : 0;
            }
        }
        List<Band> bands = new ArrayList<>();
        for (int b = 0; b < bandCount; b++) {
            bands.add(new Band(b / (double) bandCount, (b + 1) / (double) bandCount, counts[b],
                    counts[b] == 0 ? 0 : sums[b] / counts[b], counts[b] == 0 ? 0 : positives[b] / (double) counts[b]));
        }
        return new Calibration(total == 0 ? 0 : squared / total, total, bands);
    }
}
