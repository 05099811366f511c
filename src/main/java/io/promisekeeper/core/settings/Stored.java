package io.promisekeeper.core.settings;

import java.time.Instant;
import java.util.Objects;

/**
 * A configuration value as stored: the value, its canonical JSON, and the version a save must name. Version 0
 * with no author means nobody saved it yet and the value is the built-in default.
 */
public record Stored<T>(T value, String json, long version, String changedBy, Instant changedAt) {
    public Stored {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(json, "json");
    }
}
