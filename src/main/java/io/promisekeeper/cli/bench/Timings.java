package io.promisekeeper.cli.bench;

import java.util.Arrays;

/** Per-operation times in nanoseconds, summarised as a person reads a benchmark: median, p99, max. */
public record Timings(String what, long[] nanos) {

    public long median() {
        return percentile(50);
    }

    public long p99() {
        return percentile(99);
    }

    public long max() {
        return sorted()[nanos.length - 1];
    }

    /** Nearest-rank percentile. */
    public long percentile(int p) {
        long[] s = sorted();
        int rank = (int) Math.ceil(p / 100.0 * s.length);
        return s[Math.max(0, rank - 1)];
    }

    private long[] sorted() {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return copy;
    }
}
