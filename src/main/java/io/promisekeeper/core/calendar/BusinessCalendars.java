package io.promisekeeper.core.calendar;

import java.util.Optional;

/** Port: the configured business calendars, and which one applies to a ticket. */
public interface BusinessCalendars {

    /** The calendar with this id, if configured. */
    Optional<BusinessCalendar> byId(String id);

    /** The calendar that decides "due" on this ticket (its service project's, else the default). */
    BusinessCalendar forTicket(String ticketKey);
}
