package io.promisekeeper.core.promise;

import io.promisekeeper.core.MessageKey;
import java.time.Instant;
import java.util.Objects;

/** One entry of a promise's append-only history: who changed what, when. */
public record PromiseChange(String who, Instant at, ChangeType type, String detail) {

    /** The actor recorded for changes the app makes by itself (automatic kept/broken). */
    public static final String SYSTEM = "promise-keeper";

    /** Longest detail kept; history is a log line, not a document. */
    public static final int MAX_DETAIL = 500;

    public PromiseChange {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        detail = detail == null ? "" : detail.strip();
        // An encoded message cut short could not be read back; its free text is bounded where it is made.
        boolean message = detail.startsWith(MessageKey.PREFIX) && detail.length() <= 4 * MAX_DETAIL;
        if (detail.length() > MAX_DETAIL && !message) {
            detail = detail.substring(0, MAX_DETAIL);
        }
    }
}
