package io.promisekeeper.core.calendar;

import java.util.Objects;
import java.util.Optional;

/** One business calendar for every ticket, until administrators configure calendars per service project. */
public final class SingleCalendar implements BusinessCalendars {
    private final BusinessCalendar calendar;

    public SingleCalendar(BusinessCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar);
    }

    @Override
    public Optional<BusinessCalendar> byId(String id) {
        return calendar.id().equals(id) ? Optional.of(calendar) : Optional.empty();
    }

    @Override
    public BusinessCalendar forTicket(String ticketKey) {
        return calendar;
    }
}
