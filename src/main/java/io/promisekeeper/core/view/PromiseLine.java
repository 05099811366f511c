package io.promisekeeper.core.view;

import io.promisekeeper.core.promise.Promise;

/** One promise as the agent panel shows it: the promise and, while it is open, its time left. */
public record PromiseLine(Promise promise, TimeLeft timeLeft) {

    /** Open and past due: the panel marks it. */
    public boolean overdue() {
        return promise.isOpen() && timeLeft != null && timeLeft.overdue();
    }
}
