package io.promisekeeper.core.calendar;

import java.time.Instant;

/** A due moment read from text, with the words it was read from. */
public record DueMatch(Instant due, String phrase) {
}
