package io.promisekeeper.core.config;

import java.util.List;

/** Port: the append-only record of administrator changes. */
public interface AuditTrail {

    /** Appends an entry (id 0) and returns it with its id. */
    AuditEntry record(AuditEntry entry);

    /** The newest entries first, at most {@code limit}. */
    List<AuditEntry> newest(int limit);
}
