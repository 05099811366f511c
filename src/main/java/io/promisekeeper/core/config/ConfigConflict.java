package io.promisekeeper.core.config;

/** Someone else saved the configuration since the caller read it; the caller must reload. */
public final class ConfigConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigConflict(String name, long expected, long actual) {
        super("the " + name + " settings were changed by someone else (version " + actual + ", expected " + expected + ")");
    }
}
