package io.promisekeeper.core.insight;

import java.math.BigDecimal;

/** One gesture of the catalogue: how often suggested, done, dismissed and still open, and what the done ones cost. */
public record GestureRow(String gestureId, String name, int suggested, int done, int dismissed, int open,
                         BigDecimal cost) {
}
