package io.promisekeeper.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever day a calendar-relative phrase is written on, its due lies ahead, in working hours, on a working day. */
class DuePhrasesProperties {
    private final DuePhrases phrases = new DuePhrases();

    @Provide
    Arbitrary<String> calendarPhrases() {
        return Arbitraries.of("tomorrow", "tomorrow end of day", "Monday morning", "vrijdag", "uiterlijk maandag",
                "within 4 working hours", "binnen 2 werkdagen", "first thing tomorrow", "morgen voor 12 uur",
                "before the weekend", "next week", "overmorgen", "donderdagmiddag", "end of day");
    }

    @Provide
    Arbitrary<Instant> instants() {
        long from = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2026-12-20T00:00:00Z").getEpochSecond();
        return Arbitraries.longs().between(from, to).map(s -> Instant.ofEpochSecond(s - s % 60));
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return Arbitraries.of(Calendars.dutchOffice(), Calendars.everyDay());
    }

    @Property(tries = 500)
    void dueIsAheadInsideWorkingHoursOnAWorkingDay(@ForAll("calendarPhrases") String phrase,
                                                   @ForAll("instants") Instant written,
                                                   @ForAll("calendars") BusinessCalendar calendar) {
        Instant due = phrases.find(phrase, written, calendar).orElseThrow().due();
        assertThat(due).isAfter(written);
        assertThat(calendar.isWorkingDay(calendar.dateOf(due))).isTrue();
        assertThat(calendar.isWithinWorkingHours(due)).isTrue();
    }

    @Property(tries = 300)
    void laterDaysNeverComeEarlier(@ForAll("instants") Instant written, @ForAll("calendars") BusinessCalendar c) {
        Instant tomorrow = phrases.find("tomorrow", written, c).orElseThrow().due();
        Instant dayAfter = phrases.find("the day after tomorrow", written, c).orElseThrow().due();
        Instant nextWeek = phrases.find("next week", written, c).orElseThrow().due();
        assertThat(tomorrow).isBeforeOrEqualTo(dayAfter);
        assertThat(tomorrow).isBefore(nextWeek);
    }
}
