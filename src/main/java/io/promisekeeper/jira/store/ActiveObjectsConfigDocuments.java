package io.promisekeeper.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisekeeper.core.config.ConfigConflict;
import io.promisekeeper.core.config.ConfigDocument;
import io.promisekeeper.core.config.ConfigDocuments;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Configuration documents in Active Objects. Every save adds a row; the unique claim {@code <name>:<version>} lets
 * only one of two concurrent saves on the same version commit. Only the newest {@value #VERSIONS_KEPT} versions of a
 * document are kept: the audit trail holds every change (before and after) for as long as it is kept, so old rows
 * here would only make the table grow with every save (the nightly model is saved every night).
 */
public final class ActiveObjectsConfigDocuments implements ConfigDocuments {
    private static final String COLUMNS = "ID, CLAIM, DOC_NAME, DOC_VERSION, CONTENT, CHANGED_BY, CHANGED_AT";
    /** Versions of one document kept; versions only grow, so a pruned claim is never needed again. */
    static final int VERSIONS_KEPT = 5;

    private final ActiveObjects ao;
    private final Clock clock;

    public ActiveObjectsConfigDocuments(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public Optional<ConfigDocument> read(String name) {
        ConfigEntity[] rows = ao.find(ConfigEntity.class, Query.select(COLUMNS).where("DOC_NAME = ?", name)
                .order("DOC_VERSION DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(toDocument(rows[0]));
    }

    @Override
    public long version(String name) {
        ConfigEntity[] rows = ao.find(ConfigEntity.class, Query.select("ID, DOC_VERSION").where("DOC_NAME = ?", name)
                .order("DOC_VERSION DESC").limit(1));
        return rows.length == 0 ? 0 : rows[0].getDocVersion();
    }

    @Override
    public ConfigDocument write(String name, String content, long expectedVersion, String changedBy) {
        return ao.executeInTransaction(() -> {
            long actual = read(name).map(ConfigDocument::version).orElse(0L);
            if (actual != expectedVersion) {
                throw new ConfigConflict(name, expectedVersion, actual);
            }
            long next = expectedVersion + 1;
            ConfigEntity row;
            try {
                row = ao.create(ConfigEntity.class,
                        new DBParam("CLAIM", name + ":" + next),
                        new DBParam("DOC_NAME", name),
                        new DBParam("DOC_VERSION", next),
                        new DBParam("CONTENT", content),
                        new DBParam("CHANGED_BY", changedBy),
                        new DBParam("CHANGED_AT", clock.instant().toEpochMilli()));
            } catch (RuntimeException savedByAnother) {
                throw new ConfigConflict(name, expectedVersion, next);
            }
            ConfigEntity[] old = ao.find(ConfigEntity.class, Query.select("ID").where("DOC_NAME = ? AND DOC_VERSION <= ?",
                    name, next - VERSIONS_KEPT));
            if (old.length > 0) {
                ao.delete(old);
            }
            return toDocument(row);
        });
    }

    private static ConfigDocument toDocument(ConfigEntity row) {
        return new ConfigDocument(row.getDocName(), row.getContent(), row.getDocVersion(), row.getChangedBy(),
                Instant.ofEpochMilli(row.getChangedAt()));
    }
}
