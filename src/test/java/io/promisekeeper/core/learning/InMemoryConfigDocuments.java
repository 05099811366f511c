package io.promisekeeper.core.learning;

import io.promisekeeper.core.config.ConfigConflict;
import io.promisekeeper.core.config.ConfigDocument;
import io.promisekeeper.core.config.ConfigDocuments;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Configuration documents in memory, counting reads. */
final class InMemoryConfigDocuments implements ConfigDocuments {
    private final Map<String, ConfigDocument> documents = new HashMap<>();
    int reads;
    int versionReads;

    @Override
    public synchronized long version(String name) {
        versionReads++;
        return documents.containsKey(name) ? documents.get(name).version() : 0;
    }

    @Override
    public synchronized Optional<ConfigDocument> read(String name) {
        reads++;
        return Optional.ofNullable(documents.get(name));
    }

    @Override
    public synchronized ConfigDocument write(String name, String content, long expectedVersion, String changedBy) {
        long actual = documents.containsKey(name) ? documents.get(name).version() : 0;
        if (actual != expectedVersion) {
            throw new ConfigConflict(name, expectedVersion, actual);
        }
        ConfigDocument saved = new ConfigDocument(name, content, actual + 1, changedBy, Instant.EPOCH);
        documents.put(name, saved);
        return saved;
    }
}
