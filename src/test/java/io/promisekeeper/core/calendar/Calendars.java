package io.promisekeeper.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** Calendars shared by the calendar and detector tests. */
public final class Calendars {
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** Dutch public holidays in 2026 that fall on a weekday. */
    public static final Set<LocalDate> NL_HOLIDAYS_2026 = Set.of(
            LocalDate.of(2026, 1, 1),   // New Year
            LocalDate.of(2026, 4, 6),   // Easter Monday
            LocalDate.of(2026, 4, 27),  // King's Day
            LocalDate.of(2026, 5, 5),   // Liberation Day
            LocalDate.of(2026, 5, 14),  // Ascension
            LocalDate.of(2026, 5, 25),  // Whit Monday
            LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28)); // substitute chosen for the test, not a real rule

    private Calendars() {
    }

    /** Monday–Friday 09:00–17:00 Amsterdam with Dutch holidays. */
    public static BusinessCalendar dutchOffice() {
        return BusinessCalendar.weekdays("nl-office", AMSTERDAM, 9, 17, NL_HOLIDAYS_2026);
    }

    /** Every day 09:00–17:00 Amsterdam: lets tests land on the Sundays the clocks change. */
    public static BusinessCalendar everyDay() {
        Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, WorkingHours.of(9, 17));
        }
        return new BusinessCalendar("every-day", AMSTERDAM, week, Set.of());
    }

    /** A night shift whose hours straddle the DST gap and overlap (01:00–05:00), New York, short Fridays. */
    public static BusinessCalendar nightShift() {
        Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, new WorkingHours(LocalTime.of(1, 0), LocalTime.of(5, 0)));
        }
        week.put(DayOfWeek.FRIDAY, new WorkingHours(LocalTime.of(1, 30), LocalTime.of(2, 30)));
        week.remove(DayOfWeek.SATURDAY);
        return new BusinessCalendar("night", ZoneId.of("America/New_York"), week,
                Set.of(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 11, 2)));
    }
}
