package io.promisekeeper.core.forecast;

/**
 * An ensemble of complete binary trees of fixed depth scoring a feature vector in log-odds. Stored as flat
 * arrays so that a forecast walks a few hundred array cells and allocates nothing.
 */
public final class BoostedTrees {
    private final int depth;
    private final double bias;
    private final int[] features;
    private final float[] thresholds;
    private final float[] leaves;

    /** Node n of tree t sits at t·(2^depth − 1) + n; its children are 2n+1 and 2n+2. */
    public BoostedTrees(int depth, double bias, int[] features, float[] thresholds, float[] leaves) {
        this.depth = depth;
        this.bias = bias;
        this.features = features;
        this.thresholds = thresholds;
        this.leaves = leaves;
    }

    public int depth() { return depth; }

    public double bias() { return bias; }

    public int treeCount() { return leaves.length >> depth; }

    int[] features() { return features; }

    float[] thresholds() { return thresholds; }

    float[] leaves() { return leaves; }

    /** Log-odds of the vector. */
    public double score(float[] x) {
        int internal = (1 << depth) - 1;
        int trees = treeCount();
        double sum = bias;
        int t = 0;
        // Four trees walk side by side with branch-free steps: the walks are independent, so the CPU
        // overlaps them instead of waiting on one data-dependent branch after another.
        for (; t + 4 <= trees; t += 4) {
            int b0 = t * internal;
            int b1 = b0 + internal;
            int b2 = b1 + internal;
            int b3 = b2 + internal;
            int n0 = 0;
            int n1 = 0;
            int n2 = 0;
            int n3 = 0;
            for (int level = 0; level < depth; level++) {
                n0 = 2 * n0 + (x[features[b0 + n0]] <= thresholds[b0 + n0] ? 1 : 2);
                n1 = 2 * n1 + (x[features[b1 + n1]] <= thresholds[b1 + n1] ? 1 : 2);
                n2 = 2 * n2 + (x[features[b2 + n2]] <= thresholds[b2 + n2] ? 1 : 2);
                n3 = 2 * n3 + (x[features[b3 + n3]] <= thresholds[b3 + n3] ? 1 : 2);
            }
            int leafBase = t * (internal + 1) - internal;
            sum += leaves[leafBase + n0] + leaves[leafBase + internal + 1 + n1]
                    + leaves[leafBase + 2 * (internal + 1) + n2] + leaves[leafBase + 3 * (internal + 1) + n3];
        }
        for (; t < trees; t++) {
            int base = t * internal;
            int node = 0;
            while (node < internal) {
                node = 2 * node + (x[features[base + node]] <= thresholds[base + node] ? 1 : 2);
            }
            sum += leaves[t * (internal + 1) + node - internal];
        }
        return sum;
    }
}
