package io.promisekeeper.core.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Working hours per weekday, holidays and a time zone: decides what "working time" and "end of day" mean.
 *
 * <p>All arithmetic goes through local dates and times in {@link #zone()}, so a working day is 8 hours also
 * on the day the clocks change. A day has one working interval; holidays have none.
 */
public record BusinessCalendar(String id, ZoneId zone, Map<DayOfWeek, WorkingHours> hours, Set<LocalDate> holidays) {

    // Far enough for any real calendar; only guards against a year made entirely of holidays.
    private static final int MAX_DAYS_SEARCHED = 3 * 366;

    public BusinessCalendar {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        hours = Map.copyOf(hours);
        holidays = Set.copyOf(holidays);
        if (hours.isEmpty()) {
            throw new IllegalArgumentException("a business calendar needs at least one working weekday");
        }
    }

    /** Monday to Friday, {@code start}–{@code end} o'clock, in {@code zone}. */
    public static BusinessCalendar weekdays(String id, ZoneId zone, int startHour, int endHour, Set<LocalDate> holidays) {
        Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                week.put(day, WorkingHours.of(startHour, endHour));
            }
        }
        return new BusinessCalendar(id, zone, week, holidays);
    }

    /** Whether people work on this date at all. */
    public boolean isWorkingDay(LocalDate date) {
        return hours.containsKey(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** The first working day on or after {@code date}. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        for (int i = 0; i < MAX_DAYS_SEARCHED; i++, d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                return d;
            }
        }
        throw new IllegalStateException("calendar " + id + " has no working day after " + date);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return workingDayOnOrAfter(date.plusDays(1));
    }

    /** The {@code n}-th working day after {@code date} (n ≥ 1). */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        LocalDate d = date;
        for (int i = 0; i < n; i++) {
            d = nextWorkingDay(d);
        }
        return d;
    }

    /** The last working day of the ISO week (Monday–Sunday) holding {@code date}, if it has one. */
    public Optional<LocalDate> lastWorkingDayOfWeek(LocalDate date) {
        LocalDate sunday = date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        for (LocalDate d = sunday; !d.isBefore(date.with(DayOfWeek.MONDAY)); d = d.minusDays(1)) {
            if (isWorkingDay(d)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The local date of an instant in this calendar's zone. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The instant of a local date and time; a time inside a DST gap moves forward by the gap. */
    public Instant at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    /** When work starts on a working day, or on the next working day after a day off. */
    public Instant startOfWorkingDay(LocalDate date) {
        LocalDate d = workingDayOnOrAfter(date);
        return at(d, hours.get(d.getDayOfWeek()).start());
    }

    /** When work ends on a working day, or on the next working day after a day off. */
    public Instant endOfWorkingDay(LocalDate date) {
        LocalDate d = workingDayOnOrAfter(date);
        return at(d, hours.get(d.getDayOfWeek()).end());
    }

    /** Whether {@code instant} lies within working hours, both ends included. */
    public boolean isWithinWorkingHours(Instant instant) {
        LocalDate d = dateOf(instant);
        if (!isWorkingDay(d)) {
            return false;
        }
        WorkingHours h = hours.get(d.getDayOfWeek());
        return !instant.isBefore(at(d, h.start())) && !instant.isAfter(at(d, h.end()));
    }

    /** {@code instant} itself when people are working then, else when they next start. */
    public Instant nextWorkingMoment(Instant instant) {
        LocalDate d = dateOf(instant);
        if (isWorkingDay(d)) {
            WorkingHours h = hours.get(d.getDayOfWeek());
            Instant start = at(d, h.start());
            Instant end = at(d, h.end());
            if (instant.isBefore(start)) {
                return start;
            }
            if (instant.isBefore(end)) {
                return instant;
            }
        }
        return startOfWorkingDay(d.plusDays(1));
    }

    /**
     * The earliest moment at which {@code amount} of working time has passed since {@code from}. Adding zero
     * gives the next working moment.
     */
    public Instant plusWorkingTime(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("working time to add must not be negative: " + amount);
        }
        if (amount.isZero()) {
            return nextWorkingMoment(from);
        }
        Duration remaining = amount;
        LocalDate d = dateOf(from);
        Instant cursor = from;
        while (true) {
            if (isWorkingDay(d)) {
                WorkingHours h = hours.get(d.getDayOfWeek());
                Instant start = at(d, h.start());
                Instant end = at(d, h.end());
                if (cursor.isBefore(end)) {
                    Instant begin = cursor.isAfter(start) ? cursor : start;
                    Duration available = Duration.between(begin, end);
                    if (remaining.compareTo(available) <= 0) {
                        return begin.plus(remaining);
                    }
                    remaining = remaining.minus(available);
                }
            }
            d = workingDayOnOrAfter(d.plusDays(1));
            cursor = at(d, LocalTime.MIN);
        }
    }

    /** Working time between two instants; negative when {@code to} is before {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = dateOf(to);
        for (LocalDate d = dateOf(from); !d.isAfter(last); d = d.plusDays(1)) {
            if (!isWorkingDay(d)) {
                continue;
            }
            WorkingHours h = hours.get(d.getDayOfWeek());
            Instant start = at(d, h.start());
            Instant end = at(d, h.end());
            Instant a = from.isAfter(start) ? from : start;
            Instant b = to.isBefore(end) ? to : end;
            if (a.isBefore(b)) {
                total = total.plus(Duration.between(a, b));
            }
        }
        return total;
    }
}
