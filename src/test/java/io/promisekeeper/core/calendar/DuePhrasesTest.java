package io.promisekeeper.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DuePhrasesTest {
    private final BusinessCalendar office = Calendars.dutchOffice();
    private final DuePhrases phrases = new DuePhrases();

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(Calendars.AMSTERDAM).toInstant();
    }

    // Written on Thursday 26 March 2026 15:40 CET; clocks go forward on Sunday the 29th.
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "tomorrow end of day           | 2026-03-27T17:00",
            "within 4 working hours        | 2026-03-27T11:40",
            "Monday morning                | 2026-03-30T12:00",
            "before noon                   | 2026-03-27T12:00",
            "vrijdag                       | 2026-03-27T17:00",
            "uiterlijk maandag             | 2026-03-30T17:00",
            "binnen 2 uur                  | 2026-03-26T17:40",
            "morgen voor 12 uur            | 2026-03-27T12:00",
            "first thing Monday            | 2026-03-30T10:00",
            "by the end of the week        | 2026-03-27T17:00",
            "next week                     | 2026-04-03T17:00",
            "volgende week dinsdag         | 2026-03-31T17:00",
            "the day after tomorrow        | 2026-03-30T17:00",
            "at 3pm                        | 2026-03-27T15:00",
            "om half 10                    | 2026-03-27T09:30",
            "binnen 2 werkdagen            | 2026-03-30T17:00",
            "within 3 days                 | 2026-03-30T17:00",
            "on 2 April                    | 2026-04-02T17:00",
            "morgenmiddag                  | 2026-03-27T17:00",
            "in half an hour               | 2026-03-26T16:10",
    })
    void resolvesInsideTheCalendar(String phrase, String expectedLocal) {
        Instant written = local("2026-03-26T15:40");
        assertThat(phrases.find(phrase, written, office)).hasValueSatisfying(
                m -> assertThat(m.due()).isEqualTo(local(expectedLocal)));
    }

    @Test
    void holidaysMoveDaysToTheNextWorkingDay() {
        // Friday 24 April 2026; Monday 27 April is King's Day.
        Instant written = local("2026-04-24T11:00");
        assertThat(phrases.find("maandagochtend", written, office).orElseThrow().due())
                .isEqualTo(local("2026-04-28T12:00"));
        assertThat(phrases.find("tomorrow", written, office).orElseThrow().due())
                .isEqualTo(local("2026-04-28T17:00"));
    }

    @Test
    void autumnClockChangeIsRespected() {
        // Friday 23 October 2026 16:20 CEST; Monday is CET.
        Instant written = local("2026-10-23T16:20");
        assertThat(phrases.find("within 2 working hours", written, office).orElseThrow().due())
                .isEqualTo(Instant.parse("2026-10-26T09:20:00Z"));
    }

    @Test
    void aTimeAlreadyPastTodayMeansTheNextWorkingDay() {
        Instant written = local("2026-03-09T16:30");
        assertThat(phrases.find("before noon", written, office).orElseThrow().due())
                .isEqualTo(local("2026-03-10T12:00"));
        assertThat(phrases.find("end of day", written, office).orElseThrow().due())
                .isEqualTo(local("2026-03-09T17:00"));
    }

    @Test
    void textWithoutATimeHasNoDue() {
        assertThat(phrases.find("I'll look into it as soon as possible", local("2026-03-09T10:00"), office)).isEmpty();
        assertThat(phrases.find("ticket 12345 was raised", local("2026-03-09T10:00"), office)).isEmpty();
    }

    @Test
    void otherZonesUseTheirOwnClock() {
        BusinessCalendar ny = BusinessCalendar.weekdays("ny", ZoneId.of("America/New_York"), 8, 18,
                java.util.Set.of(LocalDate.of(2026, 3, 10)));
        Instant written = LocalDateTime.parse("2026-03-09T12:00").atZone(ZoneId.of("America/New_York")).toInstant();
        assertThat(phrases.find("tomorrow", written, ny).orElseThrow().due())
                .isEqualTo(LocalDateTime.parse("2026-03-11T18:00").atZone(ZoneId.of("America/New_York")).toInstant());
    }
}
