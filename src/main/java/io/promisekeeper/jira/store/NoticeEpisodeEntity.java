package io.promisekeeper.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Active Objects row of a subject's episodes: the last one ended and the last one with a claim. Ending an episode
 * then costs one read of this row, whatever the number of claims.
 */
@Table("NOTICE_EPISODE")
public interface NoticeEpisodeEntity extends Entity {
    @NotNull
    @Unique
    @StringLength(StringLength.MAX_LENGTH)
    String getSubject();

    void setSubject(String subject);

    @NotNull
    int getLastEnded();

    void setLastEnded(int lastEnded);

    @NotNull
    int getLastClaimed();

    void setLastClaimed(int lastClaimed);
}
