package io.promisekeeper.core.promise;

/** A status change the state machine forbids, e.g. KEPT → BROKEN. */
public final class IllegalPromiseTransition extends PromiseRuleViolation {
    private final long promiseId;
    private final PromiseStatus from;
    private final String attempted;

    public IllegalPromiseTransition(long promiseId, PromiseStatus from, String attempted) {
        super("promise " + promiseId + " is " + from + " and cannot be " + attempted);
        this.promiseId = promiseId;
        this.from = from;
        this.attempted = attempted;
    }

    public long promiseId() {
        return promiseId;
    }

    public PromiseStatus from() {
        return from;
    }

    /** The refused action or target status, e.g. {@code BROKEN} or {@code edited}. */
    public String attempted() {
        return attempted;
    }
}
