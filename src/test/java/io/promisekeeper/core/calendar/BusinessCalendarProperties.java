package io.promisekeeper.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of working-time arithmetic, over calendars that cross clock changes and holidays. */
class BusinessCalendarProperties {

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return Arbitraries.of(Calendars.dutchOffice(), Calendars.everyDay(), Calendars.nightShift());
    }

    @Provide
    Arbitrary<Instant> instants() {
        // 2026 holds both clock changes in Europe and America and every test holiday.
        long from = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2026-12-31T00:00:00Z").getEpochSecond();
        return Arbitraries.longs().between(from, to).map(s -> Instant.ofEpochSecond(s - s % 60));
    }

    @Provide
    Arbitrary<Duration> workingTimes() {
        return Arbitraries.longs().between(1, 60L * 120).map(Duration::ofMinutes);
    }

    @Property(tries = 400)
    void addingThenMeasuringGivesTheAmountBack(@ForAll("calendars") BusinessCalendar calendar,
                                               @ForAll("instants") Instant from,
                                               @ForAll("workingTimes") Duration amount) {
        Instant due = calendar.plusWorkingTime(from, amount);
        assertThat(calendar.workingTimeBetween(from, due)).isEqualTo(amount);
    }

    @Property(tries = 400)
    void resultsLieInsideWorkingHoursAndNeverOnADayOff(@ForAll("calendars") BusinessCalendar calendar,
                                                      @ForAll("instants") Instant from,
                                                      @ForAll("workingTimes") Duration amount) {
        Instant due = calendar.plusWorkingTime(from, amount);
        assertThat(calendar.isWithinWorkingHours(due)).isTrue();
        assertThat(calendar.isWorkingDay(calendar.dateOf(due))).isTrue();
        assertThat(due).isAfter(from);
    }

    @Property(tries = 300)
    void addingIsMonotonicInBothArguments(@ForAll("calendars") BusinessCalendar calendar,
                                          @ForAll("instants") Instant a, @ForAll("instants") Instant b,
                                          @ForAll("workingTimes") Duration x, @ForAll("workingTimes") Duration y) {
        Instant early = a.isBefore(b) ? a : b;
        Instant late = a.isBefore(b) ? b : a;
        Duration small = x.compareTo(y) <= 0 ? x : y;
        Duration big = x.compareTo(y) <= 0 ? y : x;
        assertThat(calendar.plusWorkingTime(early, small)).isBeforeOrEqualTo(calendar.plusWorkingTime(early, big));
        assertThat(calendar.plusWorkingTime(early, small)).isBeforeOrEqualTo(calendar.plusWorkingTime(late, small));
    }

    @Property(tries = 300)
    void workingTimeAddsUpOverConsecutiveSpans(@ForAll("calendars") BusinessCalendar calendar,
                                               @ForAll("instants") Instant a, @ForAll("instants") Instant b,
                                               @ForAll("instants") Instant c) {
        Instant[] t = {a, b, c};
        java.util.Arrays.sort(t);
        Duration whole = calendar.workingTimeBetween(t[0], t[2]);
        assertThat(calendar.workingTimeBetween(t[0], t[1]).plus(calendar.workingTimeBetween(t[1], t[2])))
                .isEqualTo(whole);
        assertThat(whole).isLessThanOrEqualTo(Duration.between(t[0], t[2]));
    }

    @Property(tries = 300)
    void nextWorkingMomentIsTheFirstWorkingInstant(@ForAll("calendars") BusinessCalendar calendar,
                                                   @ForAll("instants") Instant t) {
        Instant next = calendar.nextWorkingMoment(t);
        assertThat(next).isAfterOrEqualTo(t);
        assertThat(calendar.isWithinWorkingHours(next)).isTrue();
        assertThat(calendar.workingTimeBetween(t, next)).isZero();
    }

    @Property(tries = 200)
    void endOfWorkingDayIsOnAWorkingDayNotBeforeTheDate(@ForAll("calendars") BusinessCalendar calendar,
                                                         @ForAll("instants") Instant t) {
        Instant end = calendar.endOfWorkingDay(calendar.dateOf(t));
        assertThat(calendar.isWorkingDay(calendar.dateOf(end))).isTrue();
        assertThat(calendar.dateOf(end)).isAfterOrEqualTo(calendar.dateOf(t));
        assertThat(calendar.isWithinWorkingHours(end)).isTrue();
    }
}
