package io.promisekeeper.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
    private final BusinessCalendar office = Calendars.dutchOffice();

    @Test
    void addingWorkingTimeSkipsTheWeekendAcrossTheSpringClockChange() {
        // Friday 27 March 2026 16:00 CET; clocks go forward on Sunday the 29th.
        Instant friday = Instant.parse("2026-03-27T15:00:00Z");
        assertThat(office.plusWorkingTime(friday, Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2026-03-30T08:00:00Z")); // Monday 10:00 CEST
        assertThat(office.workingTimeBetween(friday, Instant.parse("2026-03-30T08:00:00Z")))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aWorkingDayOnTheShortSundayStillHasEightHours() {
        BusinessCalendar everyDay = Calendars.everyDay();
        Instant sundayStart = Instant.parse("2026-03-29T07:00:00Z"); // 09:00 CEST
        assertThat(everyDay.plusWorkingTime(sundayStart, Duration.ofHours(8)))
                .isEqualTo(Instant.parse("2026-03-29T15:00:00Z"));
        assertThat(everyDay.workingTimeBetween(Instant.parse("2026-03-28T00:00:00Z"),
                Instant.parse("2026-03-30T00:00:00Z"))).isEqualTo(Duration.ofHours(16));
    }

    @Test
    void holidaysAreSkipped() {
        // Thursday 2 April 16:00 CEST + 4h: Friday 3rd is a working day (Good Friday is not a holiday here).
        assertThat(office.plusWorkingTime(Instant.parse("2026-04-02T14:00:00Z"), Duration.ofHours(4)))
                .isEqualTo(Instant.parse("2026-04-03T10:00:00Z"));
        // Friday 3 April 16:00 + 2h: Easter Monday off, so Tuesday 10:00.
        assertThat(office.plusWorkingTime(Instant.parse("2026-04-03T14:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2026-04-07T08:00:00Z"));
        assertThat(office.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
        assertThat(office.endOfWorkingDay(LocalDate.of(2026, 4, 27)))
                .isEqualTo(Instant.parse("2026-04-28T15:00:00Z"));
    }

    @Test
    void endOfWorkingDayAndNextWorkingMoment() {
        assertThat(office.endOfWorkingDay(LocalDate.of(2026, 10, 23)))
                .isEqualTo(Instant.parse("2026-10-23T15:00:00Z")); // CEST
        assertThat(office.endOfWorkingDay(LocalDate.of(2026, 10, 24)))
                .isEqualTo(Instant.parse("2026-10-26T16:00:00Z")); // Monday, CET
        assertThat(office.nextWorkingMoment(Instant.parse("2026-10-23T16:30:00Z")))
                .isEqualTo(Instant.parse("2026-10-26T08:00:00Z"));
        Instant during = Instant.parse("2026-10-23T09:00:00Z");
        assertThat(office.nextWorkingMoment(during)).isEqualTo(during);
    }

    @Test
    void workingTimeBetweenIsSignedAndZeroOutsideHours() {
        Instant a = Instant.parse("2026-03-09T08:00:00Z");
        Instant b = Instant.parse("2026-03-10T08:00:00Z");
        assertThat(office.workingTimeBetween(a, b)).isEqualTo(Duration.ofHours(8));
        assertThat(office.workingTimeBetween(b, a)).isEqualTo(Duration.ofHours(-8));
        assertThat(office.workingTimeBetween(Instant.parse("2026-03-14T08:00:00Z"),
                Instant.parse("2026-03-15T20:00:00Z"))).isZero();
    }

    @Test
    void lastWorkingDayOfWeek() {
        assertThat(office.lastWorkingDayOfWeek(LocalDate.of(2026, 3, 9))).contains(LocalDate.of(2026, 3, 13));
        assertThat(office.lastWorkingDayOfWeek(LocalDate.of(2026, 5, 11))).contains(LocalDate.of(2026, 5, 15));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new BusinessCalendar("x", Calendars.AMSTERDAM, Map.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingHours.of(17, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> office.plusWorkingTime(Instant.EPOCH, Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
