package io.promisekeeper.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Active Objects row of one of a customer's places under the contact cap: {@code <customer>|D|<n>} for the n-th of
 * the day's places, {@code <customer>|W|<n>} for the week's. Unique, so of two nodes taking the same place exactly one
 * succeeds, and a customer never holds more places than the cap has.
 */
@Table("NOTICE_SLOT")
public interface NoticeContactSlotEntity extends Entity {
    @NotNull
    @Unique
    @StringLength(StringLength.MAX_LENGTH)
    String getSlotKey();

    void setSlotKey(String slotKey);

    /** Indexed: a claim reads the customer's places at once. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getCustomer();

    void setCustomer(String customer);

    /** When the contact holding the place was made, epoch milliseconds; the place is free once outside its window. */
    @NotNull
    long getHeldAt();

    void setHeldAt(long heldAt);
}
