package io.promisekeeper.core.settings;

import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.BusinessCalendars;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The business calendar the administrator set in the notice settings, for every ticket. Read again at most every
 * {@link #REFRESH}: the panel asks once per promise, and a saved change reaches every node within that time.
 */
public final class ConfiguredCalendars implements BusinessCalendars {
    static final Duration REFRESH = Duration.ofSeconds(30);

    private final AdminConfiguration configuration;
    private final Clock clock;
    private volatile Cached cached;

    private record Cached(BusinessCalendar calendar, Instant readAt) {
    }

    public ConfiguredCalendars(AdminConfiguration configuration, Clock clock) {
        this.configuration = configuration;
        this.clock = clock;
    }

    @Override
    public Optional<BusinessCalendar> byId(String id) {
        BusinessCalendar calendar = current();
        return calendar.id().equals(id) ? Optional.of(calendar) : Optional.empty();
    }

    @Override
    public BusinessCalendar forTicket(String ticketKey) {
        return current();
    }

    private BusinessCalendar current() {
        Instant now = clock.instant();
        Cached c = cached;
        if (c == null || !now.isBefore(c.readAt().plus(REFRESH)) || now.isBefore(c.readAt())) {
            c = new Cached(configuration.settings().value().calendar(), now);
            cached = c;
        }
        return c.calendar();
    }
}
