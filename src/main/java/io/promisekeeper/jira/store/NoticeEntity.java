package io.promisekeeper.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Active Objects row of a claimed customer notice and its state; times are epoch milliseconds. */
@Table("NOTICE")
public interface NoticeEntity extends Entity {
    /** Unique: one notice per episode, so recording it twice (a retry) cannot make two. */
    @NotNull
    @Unique
    @StringLength(StringLength.MAX_LENGTH)
    String getEpisodeKey();

    void setEpisodeKey(String episodeKey);

    @NotNull
    @StringLength(StringLength.MAX_LENGTH)
    String getSubject();

    void setSubject(String subject);

    @NotNull
    int getEpisode();

    void setEpisode(int episode);

    @NotNull
    @Indexed
    @StringLength(255)
    String getTicketKey();

    void setTicketKey(String ticketKey);

    Long getPromiseId();

    void setPromiseId(Long promiseId);

    @NotNull
    @StringLength(255)
    String getCustomer();

    void setCustomer(String customer);

    @NotNull
    @StringLength(32)
    String getLanguageTag();

    void setLanguageTag(String languageTag);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    @NotNull
    @StringLength(64)
    String getRuleId();

    void setRuleId(String ruleId);

    @NotNull
    @StringLength(255)
    String getTemplateId();

    void setTemplateId(String templateId);

    @NotNull
    @StringLength(16)
    String getRuleMode();

    void setRuleMode(String ruleMode);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    @NotNull
    long getSendAt();

    void setSendAt(long sendAt);

    /** Indexed: the sweep asks for notices still CLAIMED or SENDING, normally none. */
    @NotNull
    @Indexed
    @StringLength(16)
    String getNoticeState();

    void setNoticeState(String noticeState);

    @NotNull
    long getClaimedAt();

    void setClaimedAt(long claimedAt);

    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);
}
