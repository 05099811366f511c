package io.promisekeeper.cli.bench;

import io.promisekeeper.jira.store.StoreSchema;
import io.promisekeeper.standin.EntityManagerActiveObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A throw-away H2 file database with the app's entities, for a benchmark run: on disk (not in memory) so that a
 * million rows measure like a database, and deleted with its directory when closed.
 */
final class ScratchDatabase implements AutoCloseable {
    private final Path dir;
    private final EntityManagerActiveObjects activeObjects;

    private ScratchDatabase(Path dir, EntityManagerActiveObjects activeObjects) {
        this.dir = dir;
        this.activeObjects = activeObjects;
    }

    /** A fresh database named {@code name} in a new temporary directory. */
    static ScratchDatabase open(String name) {
        Path dir;
        try {
            dir = Files.createTempDirectory("pk-" + name + "bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new ScratchDatabase(dir, EntityManagerActiveObjects.open(
                    "jdbc:h2:file:" + dir.resolve(name) + ";CACHE_SIZE=65536", "sa", "", StoreSchema.ENTITIES));
        } catch (RuntimeException e) {
            deleteQuietly(dir);
            throw e;
        }
    }

    EntityManagerActiveObjects activeObjects() {
        return activeObjects;
    }

    @Override
    public void close() {
        try {
            activeObjects.close();
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory left behind harms nothing.
        }
    }
}
