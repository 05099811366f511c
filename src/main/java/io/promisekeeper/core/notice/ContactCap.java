package io.promisekeeper.core.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * At most {@code perDay} notices to one customer in any 24 hours and {@code perWeek} in any 7 days. Rolling
 * windows rather than calendar days, so that a burst cannot straddle midnight and clock changes do not matter.
 */
public record ContactCap(int perDay, int perWeek) {
    /** Length of the daily window. */
    public static final Duration DAY = Duration.ofHours(24);
    /** Length of the weekly window. */
    public static final Duration WEEK = Duration.ofDays(7);

    public ContactCap {
        if (perDay < 1 || perWeek < 1) {
            throw new IllegalArgumentException("caps must be at least 1: " + perDay + "/day, " + perWeek + "/week");
        }
    }

    /** The first moment at or after {@code at} at which one more notice stays within both caps. */
    public Instant earliestAllowed(List<Instant> contacts, Instant at) {
        Instant day = freeAt(contacts, at, DAY, perDay);
        Instant week = freeAt(contacts, at, WEEK, perWeek);
        return day.isAfter(week) ? day : week;
    }

    /** How many of {@code contacts} lie in the window of {@code length} ending at {@code at}. */
    public static int countWithin(List<Instant> contacts, Instant at, Duration length) {
        Instant from = at.minus(length);
        return (int) contacts.stream().filter(c -> c.isAfter(from) && !c.isAfter(at)).count();
    }

    // The window holds fewer than cap contacts once the cap-th newest one has left it.
    private static Instant freeAt(List<Instant> contacts, Instant at, Duration length, int cap) {
        List<Instant> newestFirst = new ArrayList<>(contacts);
        newestFirst.sort(Comparator.reverseOrder());
        if (newestFirst.size() < cap) {
            return at;
        }
        Instant free = newestFirst.get(cap - 1).plus(length);
        return free.isAfter(at) ? free : at;
    }
}
