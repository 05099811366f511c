package io.promisekeeper.core.calendar;

import java.time.LocalTime;
import java.util.Objects;

/** The working hours of one weekday, {@code start} inclusive to {@code end} exclusive, in local time. */
public record WorkingHours(LocalTime start, LocalTime end) {
    public WorkingHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("working hours must start before they end: " + start + "-" + end);
        }
    }

    /** Hours like {@code 09:00–17:00}. */
    public static WorkingHours of(int startHour, int endHour) {
        return new WorkingHours(LocalTime.of(startHour, 0), LocalTime.of(endHour, 0));
    }
}
