package io.promisekeeper.core.delight;

/** Why an agent dismissed a suggested gesture; {@link #OTHER} needs words. */
public enum DismissReason {
    NOT_APPROPRIATE, ALREADY_DONE, CUSTOMER_UNREACHABLE, TOO_COSTLY, OTHER
}
