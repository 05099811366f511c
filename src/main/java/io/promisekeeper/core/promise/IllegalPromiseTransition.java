package io.promisekeeper.core.promise;

import io.promisekeeper.core.MessageKey;

/** A status change the state machine forbids, e.g. KEPT → BROKEN. */
public final class IllegalPromiseTransition extends PromiseRuleViolation {
    private final long promiseId;
    private final PromiseStatus from;
    private final String attempted;

    public IllegalPromiseTransition(long promiseId, PromiseStatus from, String attempted) {
        super(Kind.CONFLICT, words(promiseId, from, attempted));
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

    private static FieldError words(long promiseId, PromiseStatus from, String attempted) {
        String english = "promise " + promiseId + " is " + from + " and cannot be " + attempted;
        MessageKey fromLabel = MessageKey.of("panel.status." + from.name());
        boolean toStatus = java.util.Arrays.stream(PromiseStatus.values()).anyMatch(s -> s.name().equals(attempted));
        return toStatus
                ? FieldError.of("status", english, "promiseTransition", promiseId, fromLabel,
                        MessageKey.of("panel.status." + attempted))
                : FieldError.of("status", english, "promiseNotEditable", promiseId, fromLabel);
    }
}
