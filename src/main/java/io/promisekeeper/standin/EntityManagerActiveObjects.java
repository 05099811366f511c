package io.promisekeeper.standin;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.SQLException;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * Active Objects outside Jira: the app's tables through the AO core library on a real database, named the
 * way Jira names them ({@code AO_<6 hex>_TABLE}, upper-case columns). Used by the preview and the store tests.
 */
public final class EntityManagerActiveObjects implements ActiveObjects, AutoCloseable {
    /** Jira derives the prefix from a hash of the plugin key; any six hex digits behave the same. */
    public static final String TABLE_PREFIX = "AO_5E3D1A_";

    private final EntityManager entityManager;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Opens the database at {@code jdbcUrl} and creates or updates the tables of {@code entities}. */
    @SafeVarargs
    public static EntityManagerActiveObjects open(String jdbcUrl, String user, String password,
                                                  Class<? extends RawEntity<?>>... entities) {
        EntityManager em = EntityManagerBuilder.url(withoutStaleResultReuse(jdbcUrl)).username(user).password(password).dbcp()
                .tableNameConverter(new AtlassianTableNameConverter(TABLE_PREFIX::concat))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .build();
        try {
            em.migrate(entities);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the tables at " + jdbcUrl + ": " + e.getMessage(), e);
        }
        return new EntityManagerActiveObjects(em);
    }

    /**
     * H2 1.4.200 (Active Objects 3.2 cannot create its tables in H2 2.3) hands a pooled session the cached result of
     * its previous identical query while the table's modification id has not moved; a query that ran while another
     * session's change was written but not yet committed caches the old rows under the new id, and every later run on
     * that session returns them again: a value seen to go backwards although the committed one never did (H2 issues
     * 3894 and 4208, fixed in 2.3.232 by pull request 4095). The databases a Jira cluster runs on keep no such cache,
     * so the stand-in switches it off.
     */
    static String withoutStaleResultReuse(String jdbcUrl) {
        boolean h2 = jdbcUrl.startsWith("jdbc:h2:");
        if (!h2 || jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains("OPTIMIZE_REUSE_RESULTS")) {
            return jdbcUrl;
        }
        return jdbcUrl + ";OPTIMIZE_REUSE_RESULTS=0";
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return sql(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        sql(() -> {
            entityManager.stream(type, query, callback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> entityManager.count(type, query));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (inTransaction.get()) {
            // Joins the running transaction, as Jira's Active Objects does.
            return callback.doInTransaction();
        }
        inTransaction.set(true);
        RuntimeException[] failure = new RuntimeException[1];
        try {
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() {
                    try {
                        return callback.doInTransaction();
                    } catch (RuntimeException e) {
                        failure[0] = e;
                        throw e;
                    }
                }
            }.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("transaction failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // AO wraps what the work threw; hand the caller the domain's own exception.
            throw failure[0] != null ? failure[0] : e;
        } finally {
            inTransaction.set(false);
            // The entity cache may hold values of a rolled-back transaction.
            entityManager.flushAll();
        }
    }

    @Override
    public void close() {
        entityManager.getProvider().dispose();
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
