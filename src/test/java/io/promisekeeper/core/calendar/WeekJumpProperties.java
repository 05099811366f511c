package io.promisekeeper.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Counting working time and working days by whole weeks gives what walking day by day gives, over spans of up to
 * five years that cross clock changes and holidays.
 */
class WeekJumpProperties {

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return Arbitraries.of(Calendars.dutchOffice(), Calendars.everyDay(), Calendars.nightShift());
    }

    @Provide
    Arbitrary<Instant> instants() {
        long from = Instant.parse("2025-06-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2031-06-01T00:00:00Z").getEpochSecond();
        return Arbitraries.longs().between(from, to).map(s -> Instant.ofEpochSecond(s - s % 60));
    }

    @Property(tries = 300)
    void workingTimeByWeeksEqualsTheDayByDayWalk(@ForAll("calendars") BusinessCalendar calendar,
                                                 @ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        assertThat(calendar.workingTimeBetween(a, b)).isEqualTo(walk(calendar, a, b));
    }

    @Property(tries = 300)
    void workingDaysByWeeksEqualTheDayByDayCount(@ForAll("calendars") BusinessCalendar calendar,
                                                 @ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        LocalDate from = calendar.dateOf(a);
        LocalDate to = calendar.dateOf(b);
        long expected = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                expected++;
            }
        }
        assertThat(calendar.workingDaysAfter(from, to)).isEqualTo(expected);
    }

    // The reference: every day on its own.
    private static Duration walk(BusinessCalendar calendar, Instant from, Instant to) {
        if (to.isBefore(from)) {
            return walk(calendar, to, from).negated();
        }
        Duration total = Duration.ZERO;
        for (LocalDate d = calendar.dateOf(from); !d.isAfter(calendar.dateOf(to)); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                WorkingHours h = calendar.hours().get(d.getDayOfWeek());
                Instant start = calendar.at(d, h.start());
                Instant end = calendar.at(d, h.end());
                Instant x = from.isAfter(start) ? from : start;
                Instant y = to.isBefore(end) ? to : end;
                if (x.isBefore(y)) {
                    total = total.plus(Duration.between(x, y));
                }
            }
        }
        return total;
    }
}
