package io.promisekeeper.core.promise;

/** Someone changed the promise since the caller read it; the caller must reload and retry. */
public final class VersionConflict extends PromiseRuleViolation {
    private final long promiseId;
    private final long expectedVersion;
    private final long actualVersion;

    public VersionConflict(long promiseId, long expectedVersion, long actualVersion) {
        super(Kind.CONFLICT, FieldError.of("version", "promise " + promiseId + " was changed by someone else (version "
                + actualVersion + ", expected " + expectedVersion + ")", "promiseChanged", promiseId, actualVersion,
                expectedVersion));
        this.promiseId = promiseId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public long promiseId() {
        return promiseId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
