package io.promisekeeper.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Active Objects row of one notice that reached a customer; the contact cap counts these. */
@Table("NOTICE_CONTACT")
public interface NoticeContactEntity extends Entity {
    @NotNull
    @Indexed
    @StringLength(255)
    String getCustomer();

    void setCustomer(String customer);

    /** Indexed: old contacts are pruned by time. */
    @NotNull
    @Indexed
    long getContactedAt();

    void setContactedAt(long contactedAt);
}
