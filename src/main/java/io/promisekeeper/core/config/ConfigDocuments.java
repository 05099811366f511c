package io.promisekeeper.core.config;

import java.util.Optional;

/** Port: administrator configuration, one versioned document per name, shared by every node of the cluster. */
public interface ConfigDocuments {

    /** The document, if it was ever saved. */
    Optional<ConfigDocument> read(String name);

    /**
     * The stored version of the document, 0 when it was never saved; a store answers without reading the content,
     * so a node can learn cheaply whether a large document (the trained forecast) changed.
     */
    default long version(String name) {
        return read(name).map(ConfigDocument::version).orElse(0L);
    }

    /**
     * Saves a new content for the document, only if its stored version is still {@code expectedVersion} (0 when
     * it was never saved); returns the document as stored, version + 1.
     *
     * @throws ConfigConflict when someone saved it in between (nothing is written)
     */
    ConfigDocument write(String name, String content, long expectedVersion, String changedBy);
}
