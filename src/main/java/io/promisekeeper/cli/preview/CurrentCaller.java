package io.promisekeeper.cli.preview;

import java.util.Optional;

/**
 * The caller of the request on this thread, as Jira keeps the logged-in user per request. The JDK HTTP
 * server and Jersey (without async resources) handle a request on one thread, start to end.
 */
public final class CurrentCaller {
    private static final ThreadLocal<Caller> CALLER = new ThreadLocal<>();

    private CurrentCaller() {
    }

    public static Optional<Caller> get() {
        return Optional.ofNullable(CALLER.get());
    }

    static void set(Caller caller) {
        CALLER.set(caller);
    }

    static void clear() {
        CALLER.remove();
    }
}
