package io.promisekeeper.core.config;

import java.time.Instant;
import java.util.Objects;

/** One stored piece of administrator configuration (the rules, the notice settings...) as text, with its version. */
public record ConfigDocument(String name, String content, long version, String changedBy, Instant changedAt) {
    public ConfigDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }
}
