package io.promisekeeper.core.forecast;

import java.util.Arrays;

/**
 * Learns {@link BoostedTrees} for a yes/no label with logistic loss on quantile-binned features (histogram
 * gradient boosting). Deterministic: the rows a tree sees are chosen by a fixed hash of row and tree,
 * never by a random generator, and ties are broken by feature and bin order.
 */
public final class BoostedTreesTrainer {
    /** Training settings; {@code rowShare} is the share of rows each tree learns from. */
    public record Settings(int trees, int depth, double learningRate, int minLeaf, double l2, int bins,
                           double rowShare) {
        public static Settings standard() {
            return new Settings(120, 4, 0.1, 100, 1.0, 64, 1.0);
        }
    }

    private final Settings settings;

    public BoostedTreesTrainer(Settings settings) {
        this.settings = settings;
    }

    /** Rows per histogram pass above which the pass is split in two halves run side by side. */
    private static final int PARALLEL_ROWS = 16_384;

    /** Trains on column-major features {@code x[feature][sample]} and labels. */
    public BoostedTrees train(float[][] x, boolean[] y) {
        java.util.concurrent.ExecutorService helper = java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "forecast-training");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return new Run(x, y, helper).train();
        } finally {
            helper.shutdownNow();
        }
    }

    /** The state of one training run; histograms are kept per tree level so a child can be derived. */
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
        // Per level and side: gradient, hessian and count of each (feature, bin) cell, interleaved.
        private final double[][][] hist;
        private final double[] otherHalf;
        private final java.util.concurrent.ExecutorService helper;
        private int[] features;
        private float[] thresholds;
        private int[] splitBins;
        private float[] leaves;
        private int nodeBase;
        private int leafBase;

        Run(float[][] x, boolean[] y, java.util.concurrent.ExecutorService helper) {
            this.y = y;
            this.helper = helper;
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
            this.hist = new double[depth + 1][2][featureCount * binCount * 3];
            this.otherHalf = new double[featureCount * binCount * 3];
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
            splitBins = new int[trees * internal];
            leaves = new float[trees * (internal + 1)];
            long cutoff = (long) (settings.rowShare() * (1L << 32));
            for (int t = 0; t < trees; t++) {
                int used = 0;
                for (int i = 0; i < n; i++) {
                    double p = 1 / (1 + Math.exp(-score[i]));
                    grad[i] = p - (y[i] ? 1 : 0);
                    hess[i] = Math.max(1e-6, p * (1 - p));
                    if (settings.rowShare() >= 1 || (mix(i, t) & 0xffffffffL) < cutoff) {
                        index[used++] = i;
                    }
                }
                nodeBase = t * internal;
                leafBase = t * (internal + 1);
                histogram(0, used, hist[0][0]);
                grow(0, 0, used, 0, 0);
                if (used < n) {
                    addToUnusedRows(t);
                }
            }
            return new BoostedTrees(depth, bias, features, thresholds, leaves);
        }

        /** Rows the tree did not learn from still move by its prediction. */
        private void addToUnusedRows(int t) {
            long cutoff = (long) (settings.rowShare() * (1L << 32));
            for (int i = 0; i < n; i++) {
                if ((mix(i, t) & 0xffffffffL) < cutoff) {
                    continue;
                }
                int node = 0;
                int row = i * featureCount;
                while (node < internal) {
                    int at = nodeBase + node;
                    node = (rows[row + features[at]] & 0xff) <= splitBins[at] ? 2 * node + 1 : 2 * node + 2;
                }
                score[i] += leaves[leafBase + node - internal];
            }
        }

        /**
         * Fills the histogram of rows {@code from..to}. Large passes are split at the middle, the halves summed
         * on two threads and then added: the split never depends on the machine, so neither does the result.
         */
        private void histogram(int from, int to, double[] cells) {
            if (to - from < PARALLEL_ROWS) {
                histogramPart(from, to, cells);
                return;
            }
            int middle = (from + to) >>> 1;
            java.util.concurrent.Future<?> other = helper.submit(() -> histogramPart(middle, to, otherHalf));
            histogramPart(from, middle, cells);
            try {
                other.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("training interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("training failed", e.getCause());
            }
            for (int c = 0; c < cells.length; c++) {
                cells[c] += otherHalf[c];
            }
        }

        private void histogramPart(int from, int to, double[] cells) {
            Arrays.fill(cells, 0);
            int width = featureCount;
            int stride = binCount * 3;
            for (int i = from; i < to; i++) {
                int s = index[i];
                double gs = grad[s];
                double hs = hess[s];
                int row = s * width;
                for (int f = 0, base = 0; f < width; f++, base += stride) {
                    int at = base + 3 * (rows[row + f] & 0xff);
                    cells[at] += gs;
                    cells[at + 1] += hs;
                    cells[at + 2] += 1;
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
            double[] cells = hist[level][slot];
            double g = 0;
            double h = 0;
            for (int b = 0; b < binCount; b++) {
                g += cells[3 * b];
                h += cells[3 * b + 1];
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
                    int base = f * binCount * 3;
                    double gl = 0;
                    double hl = 0;
                    double cl = 0;
                    for (int b = 0; b < usable; b++) {
                        gl += cells[base + 3 * b];
                        hl += cells[base + 3 * b + 1];
                        cl += cells[base + 3 * b + 2];
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
                float value = (float) (-settings.learningRate() * g / (h + lambda));
                fillLeaves(node, level, value);
                for (int i = from; i < to; i++) {
                    score[index[i]] += value;
                }
                return;
            }
            features[nodeBase + node] = bestFeature;
            thresholds[nodeBase + node] = edges[bestFeature][bestBin];
            splitBins[nodeBase + node] = bestBin;
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
                if (leftSmaller) {
                    histogram(from, l, hist[next][small]);
                } else {
                    histogram(l, to, hist[next][small]);
                }
                double[] smallCells = hist[next][small];
                double[] largeCells = hist[next][1 - small];
                for (int c = 0; c < largeCells.length; c++) {
                    largeCells[c] = cells[c] - smallCells[c];
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
            splitBins[nodeBase + node] = Integer.MAX_VALUE;
            fillLeaves(2 * node + 1, level + 1, value);
            fillLeaves(2 * node + 2, level + 1, value);
        }
    }

    /** A fixed 64-bit mix of row and tree (SplitMix64 finaliser): the same rows every run. */
    static long mix(int row, int tree) {
        long z = ((long) tree << 32) ^ row;
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Up to {@code bins − 1} distinct cut points at quantiles of the values; a value ≤ edge[b] falls in bin ≤ b. */
    static float[] quantileEdges(float[] values, int n, int bins) {
        if (n == 0) {
            return new float[0];
        }
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
