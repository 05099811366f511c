package io.promisekeeper.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Active Objects row of one configuration document; the unique version claim makes saves compare-and-set. */
@Table("CONFIG")
public interface ConfigEntity extends Entity {
    /** {@code <name>:<version>}, unique: of two saves on top of the same version only one can commit. */
    @NotNull
    @Unique
    @StringLength(120)
    String getClaim();

    void setClaim(String claim);

    @NotNull
    @StringLength(64)
    String getDocName();

    void setDocName(String docName);

    @NotNull
    long getDocVersion();

    void setDocVersion(long docVersion);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getContent();

    void setContent(String content);

    @StringLength(255)
    String getChangedBy();

    void setChangedBy(String changedBy);

    @NotNull
    long getChangedAt();

    void setChangedAt(long changedAt);
}
