package io.promisekeeper.core.view;

import io.promisekeeper.core.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;

/**
 * How much time a promise has left, as an agent reads it: working time while it is ahead ("due in 3 working
 * hours"), clock time once it is past ("overdue by 2 h").
 */
public record TimeLeft(long amount, Unit unit, boolean overdue) {

    /** The unit the amount is counted in. */
    public enum Unit { MINUTES, HOURS, DAYS }

    /** Up to this much working time ahead, hours read better than days. */
    private static final Duration HOURS_UP_TO = Duration.ofHours(16);

    /** The time left from {@code now} until {@code due} in {@code calendar}. */
    public static TimeLeft until(Instant due, Instant now, BusinessCalendar calendar) {
        if (!due.isAfter(now)) {
            return overdueBy(Duration.between(due, now));
        }
        Duration working = calendar.workingTimeBetween(now, due);
        if (working.compareTo(Duration.ofHours(1)) < 0) {
            return new TimeLeft(Math.max(0, working.toMinutes()), Unit.MINUTES, false);
        }
        if (working.compareTo(HOURS_UP_TO) <= 0) {
            return new TimeLeft(roundedHours(working), Unit.HOURS, false);
        }
        long days = calendar.workingDaysAfter(calendar.dateOf(now), calendar.dateOf(due));
        return new TimeLeft(Math.max(1, days), Unit.DAYS, false);
    }

    private static TimeLeft overdueBy(Duration late) {
        if (late.compareTo(Duration.ofHours(1)) < 0) {
            return new TimeLeft(late.toMinutes(), Unit.MINUTES, true);
        }
        if (late.compareTo(Duration.ofHours(48)) < 0) {
            return new TimeLeft(roundedHours(late), Unit.HOURS, true);
        }
        return new TimeLeft(late.toDays(), Unit.DAYS, true);
    }

    private static long roundedHours(Duration d) {
        return (d.toMinutes() + 30) / 60;
    }
}
