package io.promisekeeper.core.config;

import io.promisekeeper.core.MessageKey;
import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refusal;
import java.util.List;

/** Someone else saved the configuration since the caller read it; the caller must reload. */
public final class ConfigConflict extends RuntimeException implements Refusal {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final long expected;
    private final long actual;

    public ConfigConflict(String name, long expected, long actual) {
        super("the " + name + " settings were changed by someone else (version " + actual + ", expected " + expected + ")");
        this.name = name;
        this.expected = expected;
        this.actual = actual;
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    /** The document's name is said as the page names it ({@code config.rules} in the bundles). */
    @Override
    public List<FieldError> errors() {
        return List.of(FieldError.of("version", getMessage(), "configChanged", MessageKey.of("config." + name),
                actual, expected));
    }
}
