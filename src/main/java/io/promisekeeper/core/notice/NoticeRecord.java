package io.promisekeeper.core.notice;

import java.time.Instant;
import java.util.Objects;

/** A claimed customer notice as the journal keeps it: what it says, where it stands, since when. */
public record NoticeRecord(DelayNotice notice, NoticeState state, Instant claimedAt, Instant updatedAt) {
    public NoticeRecord {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(claimedAt, "claimedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
