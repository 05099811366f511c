package io.promisekeeper.core.insight;

/**
 * Of the promises with one outcome (KEPT, BROKEN or RENEGOTIATED), how many had a proactive delay notice sent
 * before their due moment and how many had none.
 */
public record NoticeCoverage(String outcome, int withNotice, int withoutNotice) {
    /** Both together. */
    public int total() {
        return withNotice + withoutNotice;
    }
}
