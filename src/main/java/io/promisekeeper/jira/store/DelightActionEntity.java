package io.promisekeeper.jira.store;

import net.java.ao.Accessor;
import net.java.ao.Entity;
import net.java.ao.Mutator;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Active Objects row of one suggested delight gesture; times are epoch milliseconds. Three unique keys carry the
 * guarantees across nodes: one gesture per subject episode, one suggestion per customer month slot, one costed
 * suggestion per service project month slot.
 *
 * <p>The project's key and slot keep the columns {@code TEAM} and {@code TEAM_SLOT}, their names from before issue
 * 15 (when delight called the project a "team"): rows written then are read as they are, and no table has to be
 * rewritten on upgrade.
 */
@Table("DELIGHT_ACTION")
public interface DelightActionEntity extends Entity {
    @NotNull
    @Unique
    @StringLength(StringLength.MAX_LENGTH)
    String getSubjectKey();

    void setSubjectKey(String subjectKey);

    @NotNull
    @Unique
    @StringLength(StringLength.MAX_LENGTH)
    String getCustomerSlot();

    void setCustomerSlot(String customerSlot);

    /** Free gestures use no budget: their slot repeats the subject key, which is unique anyway. */
    @NotNull
    @Unique
    @StringLength(StringLength.MAX_LENGTH)
    @Accessor("TEAM_SLOT")
    String getProjectSlot();

    @Mutator("TEAM_SLOT")
    void setProjectSlot(String projectSlot);

    @NotNull
    @Indexed
    @StringLength(255)
    String getTicketKey();

    void setTicketKey(String ticketKey);

    @NotNull
    @Indexed
    @StringLength(255)
    String getCustomer();

    void setCustomer(String customer);

    @NotNull
    @Indexed
    @StringLength(255)
    @Accessor("TEAM")
    String getProjectKey();

    @Mutator("TEAM")
    void setProjectKey(String projectKey);

    @NotNull
    @StringLength(64)
    String getGestureId();

    void setGestureId(String gestureId);

    @NotNull
    @StringLength(64)
    String getRuleId();

    void setRuleId(String ruleId);

    @NotNull
    @StringLength(StringLength.MAX_LENGTH)
    String getSubject();

    void setSubject(String subject);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    /** Indexed: insight and the monthly limits read by period. */
    @NotNull
    @Indexed
    long getSuggestedAt();

    void setSuggestedAt(long suggestedAt);

    @NotNull
    @StringLength(16)
    String getState();

    void setState(String state);

    /** Null when empty: Active Objects refuses an empty string in a NOT NULL column. */
    @StringLength(StringLength.UNLIMITED)
    String getDoneNote();

    void setDoneNote(String doneNote);

    @StringLength(32)
    String getDismissReason();

    void setDismissReason(String dismissReason);

    /** Null when empty: Active Objects refuses an empty string in a NOT NULL column. */
    @StringLength(StringLength.UNLIMITED)
    String getDismissNote();

    void setDismissNote(String dismissNote);

    Long getSnoozedUntil();

    void setSnoozedUntil(Long snoozedUntil);

    Long getActedAt();

    void setActedAt(Long actedAt);

    @StringLength(255)
    String getActedBy();

    void setActedBy(String actedBy);

    @NotNull
    long getCostCents();

    void setCostCents(long costCents);

    @NotNull
    long getRowVersion();

    void setRowVersion(long rowVersion);
}
