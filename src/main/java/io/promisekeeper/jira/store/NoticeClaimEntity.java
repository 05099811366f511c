package io.promisekeeper.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Active Objects row of one claim: {@code <episode>|<purpose>} is unique, so of any number of nodes inserting it
 * exactly one succeeds — the whole "exactly once" rests on this constraint.
 */
@Table("NOTICE_CLAIM")
public interface NoticeClaimEntity extends Entity {
    @NotNull
    @Unique
    @StringLength(StringLength.MAX_LENGTH)
    String getClaimKey();

    void setClaimKey(String claimKey);

    /** Indexed: a round reads the claims of a batch of subjects at once. */
    @NotNull
    @Indexed
    @StringLength(StringLength.MAX_LENGTH)
    String getSubject();

    void setSubject(String subject);

    @NotNull
    int getEpisode();

    void setEpisode(int episode);

    @NotNull
    @StringLength(255)
    String getPurpose();

    void setPurpose(String purpose);

    @NotNull
    long getClaimedAt();

    void setClaimedAt(long claimedAt);
}
