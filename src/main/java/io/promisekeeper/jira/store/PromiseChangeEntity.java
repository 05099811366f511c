package io.promisekeeper.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Active Objects row of one history entry. {@code claim} is unique: a version step writes
 * {@code <promise id>:<new version>}, so of two concurrent changes to the same version only one can commit —
 * Active Objects offers no conditional update, and this works the same on every database Jira supports.
 */
@Table("PROMISE_CHANGE")
public interface PromiseChangeEntity extends Entity {
    @NotNull
    @Indexed
    long getPromiseId();

    void setPromiseId(long promiseId);

    @NotNull
    @Unique
    @StringLength(100)
    String getClaim();

    void setClaim(String claim);

    @NotNull
    @StringLength(255)
    String getWho();

    void setWho(String who);

    @NotNull
    long getChangedAt();

    void setChangedAt(long changedAt);

    @NotNull
    @StringLength(32)
    String getChangeType();

    void setChangeType(String changeType);

    @StringLength(StringLength.UNLIMITED)
    String getDetail();

    void setDetail(String detail);
}
