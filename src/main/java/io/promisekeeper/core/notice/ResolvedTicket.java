package io.promisekeeper.core.notice;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/** A resolved ticket as the follow-ups page through them: by resolution time, then by the ticket's id. */
public record ResolvedTicket(String key, long id, Instant resolvedAt) {
    /** The order of the pages: resolution time, then id, so tickets resolved in the same instant keep a fixed order. */
    public static final Comparator<ResolvedTicket> ORDER =
            Comparator.comparing(ResolvedTicket::resolvedAt).thenComparingLong(ResolvedTicket::id);

    public ResolvedTicket {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
    }
}
