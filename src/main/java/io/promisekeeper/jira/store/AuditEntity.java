package io.promisekeeper.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Active Objects row of one administrator change. */
@Table("AUDIT")
public interface AuditEntity extends Entity {
    @NotNull
    @StringLength(255)
    String getWho();

    void setWho(String who);

    @NotNull
    @Indexed
    long getChangedAt();

    void setChangedAt(long changedAt);

    @NotNull
    @StringLength(255)
    String getSubject();

    void setSubject(String subject);

    @StringLength(StringLength.UNLIMITED)
    String getBeforeValue();

    void setBeforeValue(String before);

    @StringLength(StringLength.UNLIMITED)
    String getAfterValue();

    void setAfterValue(String after);
}
