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

    /**
     * Working time between two instants; negative when {@code to} is before {@code from}. Whole weeks are counted
     * at once (their nominal hours, less holidays, corrected on the days the clocks change), so a due date years
     * away costs a few dozen steps, not one per day.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = dateOf(to);
        LocalDate d = dateOf(from);
        // The first, partial week, one day at a time up to the next Monday.
        do {
            total = total.plus(workOn(d, from, to));
            d = d.plusDays(1);
        } while (!d.isAfter(last) && d.getDayOfWeek() != DayOfWeek.MONDAY);
        if (d.isAfter(last)) {
            return total;
        }
        long weeks = java.time.temporal.ChronoUnit.DAYS.between(d, last) / 7;
        if (weeks > 0) {
            LocalDate end = d.plusWeeks(weeks);
            total = total.plus(wholeWeeks(d, end, weeks));
            d = end;
        }
        // The last, partial week; only its last day can be cut short by {@code to}.
        for (; !d.isAfter(last); d = d.plusDays(1)) {
            total = total.plus(workOn(d, from, to));
        }
        return total;
    }

    /**
     * The working days after {@code from} up to and including {@code to} (0 when {@code to} is not after
     * {@code from}), counted by whole weeks.
     */
    public long workingDaysAfter(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        LocalDate first = from.plusDays(1);
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, to) + 1;
        long count = (days / 7) * hours.size();
        for (LocalDate d = first.plusDays(days - days % 7); !d.isAfter(to); d = d.plusDays(1)) {
            if (hours.containsKey(d.getDayOfWeek())) {
                count++;
            }
        }
        for (LocalDate holiday : holidays) {
            if (!holiday.isBefore(first) && !holiday.isAfter(to) && hours.containsKey(holiday.getDayOfWeek())) {
                count--;
            }
        }
        return count;
    }

    // The working time of one day, within [from, to].
    private Duration workOn(LocalDate d, Instant from, Instant to) {
        if (!isWorkingDay(d)) {
            return Duration.ZERO;
        }
        WorkingHours h = hours.get(d.getDayOfWeek());
        Instant start = at(d, h.start());
        Instant end = at(d, h.end());
        Instant a = from.isAfter(start) ? from : start;
        Instant b = to.isBefore(end) ? to : end;
        return a.isBefore(b) ? Duration.between(a, b) : Duration.ZERO;
    }

    // Days [monday, end) in full: the nominal week times {@code weeks}, less holidays, plus what clock changes
    // inside working hours add or take on their day.
    private Duration wholeWeeks(LocalDate monday, LocalDate end, long weeks) {
        Duration week = Duration.ZERO;
        for (WorkingHours h : hours.values()) {
            week = week.plus(nominal(h));
        }
        Duration total = week.multipliedBy(weeks);
        for (LocalDate holiday : holidays) {
            if (!holiday.isBefore(monday) && holiday.isBefore(end) && hours.containsKey(holiday.getDayOfWeek())) {
                total = total.minus(nominal(hours.get(holiday.getDayOfWeek())));
            }
        }
        java.time.zone.ZoneRules rules = zone.getRules();
        Instant stop = at(end, LocalTime.MIN);
        LocalDate corrected = null;
        for (java.time.zone.ZoneOffsetTransition t = rules.nextTransition(at(monday, LocalTime.MIN).minusSeconds(1));
             t != null && t.getInstant().isBefore(stop); t = rules.nextTransition(t.getInstant())) {
            LocalDate day = dateOf(t.getInstant());
            if (day.equals(corrected) || day.isBefore(monday) || !day.isBefore(end) || !isWorkingDay(day)) {
                continue;
            }
            corrected = day;
            WorkingHours h = hours.get(day.getDayOfWeek());
            total = total.plus(Duration.between(at(day, h.start()), at(day, h.end())).minus(nominal(h)));
        }
        return total;
    }

    private static Duration nominal(WorkingHours h) {
        return Duration.between(h.start(), h.end());
    }
}
