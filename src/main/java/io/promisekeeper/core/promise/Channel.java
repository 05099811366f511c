package io.promisekeeper.core.promise;

/** The channel on which a promise was made to the customer. */
public enum Channel {
    PORTAL, EMAIL, PHONE, CHAT, IN_PERSON, OTHER
}
