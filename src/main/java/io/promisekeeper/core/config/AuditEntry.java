package io.promisekeeper.core.config;

import java.time.Instant;
import java.util.Objects;

/** One administrator change: who changed what, when, with the configuration before and after. */
public record AuditEntry(long id, String who, Instant at, String what, String before, String after) {
    public AuditEntry {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(what, "what");
    }
}
