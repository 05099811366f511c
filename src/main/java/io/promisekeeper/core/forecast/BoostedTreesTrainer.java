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
            return new Settings(120, 4, 0.1, 100, 1.0, 64);
        }
    }

    private final Settings settings;

    public BoostedTreesTrainer(Settings settings) {
        this.settings = settings;
    }

    /** Trains on column-major features {@code x[feature][sample]} and labels. */
    public BoostedTrees train(float[][] x, boolean[] y) {
        return new Run(x, y).train();
    }

    /** The state of one training run; histograms are kept per tree level so children can be derived. */
    private final class Run {
        private final boolean[] y;
        private final int featureCount;
        private final int n;
        private final int depth;
        private final int internal;
        private final int binCount;
        private final float[][] edges;
        // Row-major bins: one sample's features sit together, so a histogram pass reads memory in order.
        private final byte[] rows;
        private final double[] score;
        private final double[] grad;
        private final double[] hess;
        private final int[] index;
        private final int[] scratch;
        private final double[][][] histG;
        private final double[][][] histH;
        private final int[][][] histC;
        private int[] features;
        private float[] thresholds;
        private float[] leaves;
        private int nodeBase;
        private int leafBase;

        Run(float[][] x, boolean[] y) {
            this.y = y;
            this.featureCount = x.length;
            this.n = y.length;
            this.depth = settings.depth();
            this.internal = (1 << depth) - 1;
            this.binCount = settings.bins();
            this.edges = new float[featureCount][];
            this.rows = new byte[n * featureCount];
            for (int f = 0; f < featureCount; f++) {
                edges[f] = quantileEdges(x[f], n, binCount);
                float[] column = x[f];
                float[] cut = edges[f];
                for (int i = 0; i < n; i++) {
                    int b = Arrays.binarySearch(cut, column[i]);
                    rows[i * featureCount + f] = (byte) (b >= 0 ? b : -b - 1);
                }
            }
            this.score = new double[n];
            this.grad = new double[n];
            this.hess = new double[n];
            this.index = new int[n];
            this.scratch = new int[n];
            int cells = featureCount * binCount;
            this.histG = new double[depth + 1][2][cells];
            this.histH = new double[depth + 1][2][cells];
            this.histC = new int[depth + 1][2][cells];
        }

        BoostedTrees train() {
            int positives = 0;
            for (boolean label : y) {
                if (label) {
                    positives++;
                }
            }
            double rate = Math.min(1 - 1e-6, Math.max(1e-6, positives / (double) Math.max(1, n)));
            double bias = Math.log(rate / (1 - rate));
            Arrays.fill(score, bias);
            int trees = settings.trees();
            features = new int[trees * internal];
            thresholds = new float[trees * internal];
            leaves = new float[trees * (internal + 1)];
            for (int t = 0; t < trees; t++) {
                for (int i = 0; i < n; i++) {
                    double p = 1 / (1 + Math.exp(-score[i]));
                    grad[i] = p - (y[i] ? 1 : 0);
                    hess[i] = Math.max(1e-6, p * (1 - p));
                    index[i] = i;
                }
                nodeBase = t * internal;
                leafBase = t * (internal + 1);
                histogram(0, n, histG[0][0], histH[0][0], histC[0][0]);
                grow(0, 0, n, 0, 0);
            }
            return new BoostedTrees(depth, bias, features, thresholds, leaves);
        }

        private void histogram(int from, int to, double[] g, double[] h, int[] c) {
            Arrays.fill(g, 0);
            Arrays.fill(h, 0);
            Arrays.fill(c, 0);
            int width = featureCount;
            int bins = binCount;
            for (int i = from; i < to; i++) {
                int s = index[i];
                double gs = grad[s];
                double hs = hess[s];
                int row = s * width;
                for (int f = 0, cell = 0; f < width; f++, cell += bins) {
                    int at = cell + (rows[row + f] & 0xff);
                    g[at] += gs;
                    h[at] += hs;
                    c[at]++;
                }
            }
        }

        /** Grows the subtree at {@code node}; its histogram is in level {@code level}, slot {@code slot}. */
        private void grow(int node, int from, int to, int level, int slot) {
            if (level == depth) {
                double g = 0;
                double h = 0;
                for (int i = from; i < to; i++) {
                    g += grad[index[i]];
                    h += hess[index[i]];
                }
                float value = (float) (-settings.learningRate() * g / (h + settings.l2()));
                leaves[leafBase + node - internal] = value;
                for (int i = from; i < to; i++) {
                    score[index[i]] += value;
                }
                return;
            }
            double[] hg = histG[level][slot];
            double[] hh = histH[level][slot];
            int[] hc = histC[level][slot];
            double g = 0;
            double h = 0;
            for (int b = 0; b < binCount; b++) {
                g += hg[b];
                h += hh[b];
            }
            int count = to - from;
            int bestFeature = -1;
            int bestBin = -1;
            double bestGain = 1e-9;
            double lambda = settings.l2();
            int minLeaf = settings.minLeaf();
            if (count >= 2 * minLeaf) {
                double parent = g * g / (h + lambda);
                for (int f = 0; f < featureCount; f++) {
                    int usable = edges[f].length;
                    int cell = f * binCount;
                    double gl = 0;
                    double hl = 0;
                    int cl = 0;
                    for (int b = 0; b < usable; b++) {
                        gl += hg[cell + b];
                        hl += hh[cell + b];
                        cl += hc[cell + b];
                        if (cl < minLeaf) {
                            continue;
                        }
                        if (count - cl < minLeaf) {
                            break;
                        }
                        double gr = g - gl;
                        double gain = gl * gl / (hl + lambda) + gr * gr / (h - hl + lambda) - parent;
                        if (gain > bestGain) {
                            bestGain = gain;
                            bestFeature = f;
                            bestBin = b;
                        }
                    }
                }
            }
            if (bestFeature < 0) {
                // No useful split: everything goes left, and both sides carry this node's value.
                features[nodeBase + node] = 0;
                thresholds[nodeBase + node] = Float.POSITIVE_INFINITY;
                float value = (float) (-settings.learningRate() * g / (h + lambda));
                fillLeaves(node, level, value);
                for (int i = from; i < to; i++) {
                    score[index[i]] += value;
                }
                return;
            }
            features[nodeBase + node] = bestFeature;
            thresholds[nodeBase + node] = edges[bestFeature][bestBin];
            int l = from;
            int r = 0;
            for (int i = from; i < to; i++) {
                int s = index[i];
                if ((rows[s * featureCount + bestFeature] & 0xff) <= bestBin) {
                    index[l++] = s;
                } else {
                    scratch[r++] = s;
                }
            }
            System.arraycopy(scratch, 0, index, l, r);
            int next = level + 1;
            if (next < depth) {
                // Scan the smaller child; the larger one is the parent minus it.
                boolean leftSmaller = l - from <= to - l;
                int small = leftSmaller ? 0 : 1;
                int large = 1 - small;
                if (leftSmaller) {
                    histogram(from, l, histG[next][small], histH[next][small], histC[next][small]);
                } else {
                    histogram(l, to, histG[next][small], histH[next][small], histC[next][small]);
                }
                double[] sg = histG[next][small];
                double[] sh = histH[next][small];
                int[] sc = histC[next][small];
                double[] lg = histG[next][large];
                double[] lh = histH[next][large];
                int[] lc = histC[next][large];
                for (int cell = 0; cell < lg.length; cell++) {
                    lg[cell] = hg[cell] - sg[cell];
                    lh[cell] = hh[cell] - sh[cell];
                    lc[cell] = hc[cell] - sc[cell];
                }
            }
            grow(2 * node + 1, from, l, next, 0);
            grow(2 * node + 2, l, to, next, 1);
        }

        private void fillLeaves(int node, int level, float value) {
            if (level == depth) {
                leaves[leafBase + node - internal] = value;
                return;
            }
            features[nodeBase + node] = 0;
            thresholds[nodeBase + node] = Float.POSITIVE_INFINITY;
            fillLeaves(2 * node + 1, level + 1, value);
            fillLeaves(2 * node + 2, level + 1, value);
        }
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
}
