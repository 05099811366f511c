package io.promisekeeper.core.promise;

/** No promise with the given id. */
public final class UnknownPromise extends PromiseRuleViolation {
    private final long promiseId;

    public UnknownPromise(long promiseId) {
        super(Kind.UNKNOWN, FieldError.of("id", "no promise " + promiseId, "unknownPromise", promiseId));
        this.promiseId = promiseId;
    }

    public long promiseId() {
        return promiseId;
    }
}
