package io.promisekeeper.core.notice;

import io.promisekeeper.core.config.ConfigConflict;
import io.promisekeeper.core.config.ConfigDocument;
import io.promisekeeper.core.config.ConfigDocuments;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where the follow-ups stopped, kept for the next round, on whichever node it runs: a configuration document
 * written by compare-and-set, so two rounds at once never move it back behind what the other already read.
 */
public final class FollowUpCursors {
    static final String DOCUMENT = "follow-up-cursor";

    private final ConfigDocuments documents;
    private final AtomicReference<FollowUpCursor> local = new AtomicReference<>();

    /** Kept in {@code documents}; null keeps it in memory (one node, tests). */
    public FollowUpCursors(ConfigDocuments documents) {
        this.documents = documents;
    }

    /** The saved cursor, if any. */
    public Optional<FollowUpCursor> current() {
        if (documents == null) {
            return Optional.ofNullable(local.get());
        }
        return documents.read(DOCUMENT).flatMap(d -> FollowUpCursor.decode(d.content()));
    }

    /** Saves {@code next}; a round that lost the race to another leaves the other's cursor. */
    public void save(FollowUpCursor next) {
        if (documents == null) {
            local.set(next);
            return;
        }
        long version = documents.read(DOCUMENT).map(ConfigDocument::version).orElse(0L);
        try {
            documents.write(DOCUMENT, next.encode(), version, "promise-keeper");
        } catch (ConfigConflict another) {
            // Another round saved in between; its position is as good, and the next round continues from it.
        }
    }
}
