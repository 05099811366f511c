package io.promisekeeper.jira.store;

import io.promisekeeper.standin.EntityManagerActiveObjects;
import java.util.UUID;

/**
 * A real database for store tests: H2 in-process by default; PostgreSQL when the run provides one through
 * {@code -Dpk.test.postgres.url=jdbc:postgresql://127.0.0.1:5432/db} (with {@code .user} and {@code .password}).
 */
public final class TestDatabase {
    static {
        // Jira runs Active Objects inside its own READ COMMITTED transactions; the AO core alone would use
        // SERIALIZABLE and leave pooled connections in it, failing concurrent tests no Jira node would fail.
        if (System.getProperty("ao.transaction.isolation.level") == null) {
            System.setProperty("ao.transaction.isolation.level", "TRANSACTION_READ_COMMITTED");
        }
    }

    private TestDatabase() {
    }

    /** Which database the store tests run on in this run. */
    public static String kind() {
        return postgresUrl() == null ? "H2" : "PostgreSQL";
    }

    /** A fresh, empty schema with all the app's tables. */
    public static EntityManagerActiveObjects open() {
        return openShared(1).get(0);
    }

    /**
     * A fresh, empty schema opened {@code nodes} times, each with its own connection pool and entity manager, as
     * cluster nodes share one database.
     */
    public static java.util.List<EntityManagerActiveObjects> openShared(int nodes) {
        String pg = postgresUrl();
        java.util.List<EntityManagerActiveObjects> opened = new java.util.ArrayList<>();
        if (pg == null) {
            String url = "jdbc:h2:mem:pk" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
            for (int i = 0; i < nodes; i++) {
                opened.add(EntityManagerActiveObjects.open(url, "sa", "", StoreSchema.ENTITIES));
            }
            return opened;
        }
        requireReachable(pg);
        String user = System.getProperty("pk.test.postgres.user", "postgres");
        String password = System.getProperty("pk.test.postgres.password", "");
        for (int i = 0; i < nodes; i++) {
            opened.add(EntityManagerActiveObjects.open(pg, user, password, StoreSchema.ENTITIES));
        }
        StoreSchema.clear(opened.get(0));
        return opened;
    }

    /**
     * A PostgreSQL run whose server is down is skipped on a developer's machine, but fails in CI, where
     * scripts/setup.sh must have started it: a silent skip there would hide that the stores went untested.
     */
    private static void requireReachable(String url) {
        String user = System.getProperty("pk.test.postgres.user", "postgres");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, user,
                System.getProperty("pk.test.postgres.password", ""))) {
            c.isValid(2);
        } catch (java.sql.SQLException e) {
            String why = "PostgreSQL at " + url + " is not reachable (run scripts/postgres.sh): " + e.getMessage();
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why, e);
            }
            org.junit.jupiter.api.Assumptions.abort(why);
        }
    }

    private static String postgresUrl() {
        String url = System.getProperty("pk.test.postgres.url", System.getenv("PK_TEST_POSTGRES_URL"));
        return url == null || url.isBlank() ? null : url;
    }
}
