package io.promisekeeper.core.config;

import io.promisekeeper.core.MessageKey;
import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refused;

/** Someone else saved the configuration since the caller read it; the caller must reload. */
public final class ConfigConflict extends Refused {
    private static final long serialVersionUID = 1L;

    /** The document's name is said as the page names it ({@code config.rules} in the bundles). */
    public ConfigConflict(String name, long expected, long actual) {
        super(Kind.CONFLICT, FieldError.of("version", "the " + name + " settings were changed by someone else (version "
                + actual + ", expected " + expected + ")", "configChanged", MessageKey.of("config." + name), actual,
                expected));
    }
}
