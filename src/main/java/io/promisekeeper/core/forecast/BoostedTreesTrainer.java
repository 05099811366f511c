package io.promisekeeper.core.forecast;

import java.util.Arrays;

/**
 * Learns {@link BoostedTrees} for a yes/no label with logistic loss on quantile-binned features (histogram
 * gradient boosting). Fully deterministic: no sampling, ties broken by feature and bin order.
 */
public final class BoostedTreesTrainer {
    /** Training settings. */
    public record Settings(int trees, int depth, double learningRate, int minLeaf, double l2, int bins) {
        public static Settings standard() {
            return new Settings(120, 4, 0.1, 40, 1.0, 64);
        }
    }

    private final Settings settings;

    public BoostedTreesTrainer(Settings settings) {
        this.settings = settings;
    }

    /** Trains on column-major features {@code x[feature][sample]} and labels. */
    public BoostedTrees train(float[][] x, boolean[] y) {
        int featureCount = x.length;
        int n = y.length;
        int depth = settings.depth();
        int internal = (1 << depth) - 1;
        float[][] edges = new float[featureCount][];
        byte[][] bins = new byte[featureCount][];
        for (int f = 0; f < featureCount; f++) {
            edges[f] = quantileEdges(x[f], n, settings.bins());
            bins[f] = binned(x[f], n, edges[f]);
        }
        int positives = 0;
        for (boolean label : y) {
            if (label) {
                positives++;
            }
        }
        double rate = Math.min(1 - 1e-6, Math.max(1e-6, positives / (double) Math.max(1, n)));
        double bias = Math.log(rate / (1 - rate));
        double[] score = new double[n];
        Arrays.fill(score, bias);
        double[] grad = new double[n];
        double[] hess = new double[n];
        int trees = settings.trees();
        int[] features = new int[trees * internal];
        float[] thresholds = new float[trees * internal];
        float[] leaves = new float[trees * (internal + 1)];
        int[] index = new int[n];
        int[] scratch = new int[n];
        int binCount = settings.bins();
        double[][] histG = new double[featureCount][binCount];
        double[][] histH = new double[featureCount][binCount];
        for (int t = 0; t < trees; t++) {
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-score[i]));
                grad[i] = p - (y[i] ? 1 : 0);
                hess[i] = Math.max(1e-6, p * (1 - p));
                index[i] = i;
            }
            int nodeBase = t * internal;
            int leafBase = t * (internal + 1);
            growNode(0, 0, n, 0, index, scratch, bins, edges, grad, hess, histG, histH,
                    features, thresholds, leaves, nodeBase, leafBase, internal);
            for (int i = 0; i < n; i++) {
                int node = 0;
                while (node < internal) {
                    int f = features[nodeBase + node];
                    node = x[f][i] <= thresholds[nodeBase + node] ? 2 * node + 1 : 2 * node + 2;
                }
                score[i] += leaves[leafBase + node - internal];
            }
        }
        return new BoostedTrees(depth, bias, features, thresholds, leaves);
    }

    private void growNode(int node, int from, int to, int level, int[] index, int[] scratch, byte[][] bins,
                          float[][] edges, double[] grad, double[] hess, double[][] histG, double[][] histH,
                          int[] features, float[] thresholds, float[] leaves, int nodeBase, int leafBase,
                          int internal) {
        double g = 0;
        double h = 0;
        for (int i = from; i < to; i++) {
            g += grad[index[i]];
            h += hess[index[i]];
        }
        if (level == settings.depth()) {
            leaves[leafBase + node - internal] = (float) (-settings.learningRate() * g / (h + settings.l2()));
            return;
        }
        int bestFeature = -1;
        int bestBin = -1;
        double bestGain = 1e-9;
        int count = to - from;
        if (count >= 2 * settings.minLeaf()) {
            double parent = g * g / (h + settings.l2());
            for (int f = 0; f < bins.length; f++) {
                int usable = edges[f].length;
                if (usable == 0) {
                    continue;
                }
                double[] hg = histG[f];
                double[] hh = histH[f];
                Arrays.fill(hg, 0, usable + 1, 0);
                Arrays.fill(hh, 0, usable + 1, 0);
                int[] hc = new int[usable + 1];
                byte[] column = bins[f];
                for (int i = from; i < to; i++) {
                    int s = index[i];
                    int b = column[s] & 0xff;
                    hg[b] += grad[s];
                    hh[b] += hess[s];
                    hc[b]++;
                }
                double gl = 0;
                double hl = 0;
                int cl = 0;
                for (int b = 0; b < usable; b++) {
                    gl += hg[b];
                    hl += hh[b];
                    cl += hc[b];
                    int cr = count - cl;
                    if (cl < settings.minLeaf()) {
                        continue;
                    }
                    if (cr < settings.minLeaf()) {
                        break;
                    }
                    double gr = g - gl;
                    double hr = h - hl;
                    double gain = gl * gl / (hl + settings.l2()) + gr * gr / (hr + settings.l2()) - parent;
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestFeature = f;
                        bestBin = b;
                    }
                }
            }
        }
        int left = 2 * node + 1;
        if (bestFeature < 0) {
            // No useful split: everything goes left, and both sides carry this node's value.
            fillUnsplit(node, level, g, h, features, thresholds, leaves, nodeBase, leafBase, internal);
            return;
        }
        features[nodeBase + node] = bestFeature;
        thresholds[nodeBase + node] = edges[bestFeature][bestBin];
        byte[] column = bins[bestFeature];
        int l = from;
        int r = 0;
        for (int i = from; i < to; i++) {
            int s = index[i];
            if ((column[s] & 0xff) <= bestBin) {
                index[l++] = s;
            } else {
                scratch[r++] = s;
            }
        }
        System.arraycopy(scratch, 0, index, l, r);
        growNode(left, from, l, level + 1, index, scratch, bins, edges, grad, hess, histG, histH,
                features, thresholds, leaves, nodeBase, leafBase, internal);
        growNode(left + 1, l, to, level + 1, index, scratch, bins, edges, grad, hess, histG, histH,
                features, thresholds, leaves, nodeBase, leafBase, internal);
    }

    private void fillUnsplit(int node, int level, double g, double h, int[] features, float[] thresholds,
                             float[] leaves, int nodeBase, int leafBase, int internal) {
        if (level == settings.depth()) {
            leaves[leafBase + node - internal] = (float) (-settings.learningRate() * g / (h + settings.l2()));
            return;
        }
        features[nodeBase + node] = 0;
        thresholds[nodeBase + node] = Float.POSITIVE_INFINITY;
        fillUnsplit(2 * node + 1, level + 1, g, h, features, thresholds, leaves, nodeBase, leafBase, internal);
        fillUnsplit(2 * node + 2, level + 1, g, h, features, thresholds, leaves, nodeBase, leafBase, internal);
    }

    /** Up to {@code bins − 1} distinct cut points at quantiles of the values; a value ≤ edge[b] falls in bin ≤ b. */
    static float[] quantileEdges(float[] values, int n, int bins) {
        float[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        float[] cuts = new float[bins - 1];
        int size = 0;
        for (int q = 1; q < bins; q++) {
            float cut = sorted[Math.min(n - 1, (int) ((long) q * n / bins))];
            if (cut >= sorted[n - 1]) {
                break;
            }
            if (size == 0 || cut > cuts[size - 1]) {
                cuts[size++] = cut;
            }
        }
        return Arrays.copyOf(cuts, size);
    }

    private static byte[] binned(float[] values, int n, float[] edges) {
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            int b = Arrays.binarySearch(edges, values[i]);
            out[i] = (byte) (b >= 0 ? b : -b - 1);
        }
        return out;
    }
}
