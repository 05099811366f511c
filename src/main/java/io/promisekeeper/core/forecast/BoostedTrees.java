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
        // Eight trees walk side by side with branch-free steps: the walks are independent, so the CPU
        // overlaps them instead of waiting on one data-dependent branch after another.
        int leafStride = internal + 1;
        for (; t + 8 <= trees; t += 8) {
            int b = t * internal;
            int n0 = 0;
            int n1 = 0;
            int n2 = 0;
            int n3 = 0;
            int n4 = 0;
            int n5 = 0;
            int n6 = 0;
            int n7 = 0;
            for (int level = 0; level < depth; level++) {
                n0 = 2 * n0 + (x[features[b + n0]] <= thresholds[b + n0] ? 1 : 2);
                n1 = 2 * n1 + (x[features[b + internal + n1]] <= thresholds[b + internal + n1] ? 1 : 2);
                n2 = 2 * n2 + (x[features[b + 2 * internal + n2]] <= thresholds[b + 2 * internal + n2] ? 1 : 2);
                n3 = 2 * n3 + (x[features[b + 3 * internal + n3]] <= thresholds[b + 3 * internal + n3] ? 1 : 2);
                n4 = 2 * n4 + (x[features[b + 4 * internal + n4]] <= thresholds[b + 4 * internal + n4] ? 1 : 2);
                n5 = 2 * n5 + (x[features[b + 5 * internal + n5]] <= thresholds[b + 5 * internal + n5] ? 1 : 2);
                n6 = 2 * n6 + (x[features[b + 6 * internal + n6]] <= thresholds[b + 6 * internal + n6] ? 1 : 2);
                n7 = 2 * n7 + (x[features[b + 7 * internal + n7]] <= thresholds[b + 7 * internal + n7] ? 1 : 2);
            }
            int l = t * leafStride - internal;
            sum += leaves[l + n0] + leaves[l + leafStride + n1] + leaves[l + 2 * leafStride + n2]
                    + leaves[l + 3 * leafStride + n3] + leaves[l + 4 * leafStride + n4]
                    + leaves[l + 5 * leafStride + n5] + leaves[l + 6 * leafStride + n6]
                    + leaves[l + 7 * leafStride + n7];
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
