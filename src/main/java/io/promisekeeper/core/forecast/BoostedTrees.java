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
        for (int t = 0, base = 0, leafBase = 0; t < trees; t++, base += internal, leafBase += internal + 1) {
            int node = 0;
            while (node < internal) {
                node = x[features[base + node]] <= thresholds[base + node] ? 2 * node + 1 : 2 * node + 2;
            }
            sum += leaves[leafBase + node - internal];
        }
        return sum;
    }
}
