package io.promisekeeper.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Active Objects row of a drafted notice waiting for an agent; times are epoch milliseconds. */
@Table("AGENT_PROMPT")
public interface AgentPromptEntity extends Entity {
    /** Unique: one prompt per episode, so a retried round or sweep never shows the agent the same draft twice. */
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

    @NotNull
    @StringLength(16)
    String getPromptReason();

    void setPromptReason(String promptReason);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    @NotNull
    @StringLength(16)
    String getPromptState();

    void setPromptState(String promptState);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    Long getDecidedAt();

    void setDecidedAt(Long decidedAt);

    @StringLength(255)
    String getDecidedBy();

    void setDecidedBy(String decidedBy);
}
