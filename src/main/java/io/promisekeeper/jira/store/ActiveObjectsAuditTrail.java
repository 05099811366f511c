package io.promisekeeper.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisekeeper.core.config.AuditEntry;
import io.promisekeeper.core.config.AuditTrail;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** The audit of administrator changes in Active Objects; rows are only ever added. */
public final class ActiveObjectsAuditTrail implements AuditTrail {
    private static final String COLUMNS = "ID, WHO, CHANGED_AT, SUBJECT, BEFORE_VALUE, AFTER_VALUE";

    private final ActiveObjects ao;

    public ActiveObjectsAuditTrail(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public AuditEntry record(AuditEntry entry) {
        AuditEntity row = ao.create(AuditEntity.class,
                new DBParam("WHO", entry.who()),
                new DBParam("CHANGED_AT", entry.at().toEpochMilli()),
                new DBParam("SUBJECT", entry.what()),
                new DBParam("BEFORE_VALUE", entry.before()),
                new DBParam("AFTER_VALUE", entry.after()));
        return toEntry(row);
    }

    @Override
    public List<AuditEntry> newest(int limit) {
        AuditEntity[] rows = ao.find(AuditEntity.class, Query.select(COLUMNS).order("CHANGED_AT DESC, ID DESC")
                .limit(Math.max(1, Math.min(limit, 1000))));
        return Arrays.stream(rows).map(ActiveObjectsAuditTrail::toEntry).toList();
    }

    private static AuditEntry toEntry(AuditEntity row) {
        return new AuditEntry(row.getID(), row.getWho(), Instant.ofEpochMilli(row.getChangedAt()), row.getSubject(),
                row.getBeforeValue(), row.getAfterValue());
    }
}
