package io.promisekeeper.core.notice;

import java.time.Instant;
import java.util.Objects;

/**
 * The place a notice took under a customer's contact cap; {@code receipt} is the store's own note of exactly what it
 * wrote, so that giving the place back removes that and nothing another thread wrote at the same moment.
 */
public record ContactPlace(String customer, Instant at, String receipt) {
    public ContactPlace {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(receipt, "receipt");
    }
}
