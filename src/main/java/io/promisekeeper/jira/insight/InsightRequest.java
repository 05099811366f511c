package io.promisekeeper.jira.insight;

import io.promisekeeper.core.promise.InputBounds;
import io.promisekeeper.core.insight.InsightFilter;
import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.jira.access.InsightViewer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The filter of an insight request (page or REST) read from its parameters, or the errors naming each bad one:
 * {@code from} and {@code to} as ISO dates (default: the last {@value #DEFAULT_DAYS} days), {@code project} among
 * the projects the viewer may see (default: all of them), {@code component}, the tickets' first Jira component (default: every component).
 */
public record InsightRequest(InsightFilter filter, List<FieldError> errors) {
    /** Bounds the work of one request; a year is what a report page asks for at most. */
    public static final int MAX_DAYS = 366;
    public static final int DEFAULT_DAYS = 84;
    static final int MAX_COMPONENT = 255;

    public InsightRequest {
        errors = List.copyOf(errors);
    }

    /** The request's filter for {@code viewer} today by {@code clock}. */
    public static InsightRequest read(InsightViewer viewer, String project, String from, String to, String component,
                                      Clock clock) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(clock.instant(), viewer.zone());
        LocalDate last = date("to", to, today, today, errors);
        LocalDate first = date("from", from, (last == null ? today : last).minusDays(DEFAULT_DAYS - 1), today, errors);
        if (first != null && last != null) {
            if (first.isAfter(last)) {
                errors.add(FieldError.of("from", "must not be after to", "fromAfterTo"));
            } else if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
                errors.add(FieldError.of("from", "the period may span at most " + MAX_DAYS + " days", "periodTooLong",
                        MAX_DAYS));
            }
        }
        Set<String> projects = viewer.projects().keySet();
        if (project != null && !project.isBlank()) {
            if (!viewer.projects().containsKey(project.trim())) {
                errors.add(FieldError.of("project", "is not a project whose insight you may see", "insightProject"));
            } else {
                projects = Set.of(project.trim());
            }
        }
        String componentName = component == null || component.isBlank() ? null : component.strip();
        if (componentName != null) {
            errors.addAll(InputBounds.text("component", componentName, MAX_COMPONENT, false));
        }
        if (!errors.isEmpty()) {
            return new InsightRequest(null, errors);
        }
        return new InsightRequest(new InsightFilter(first, last, viewer.zone(), projects, componentName), List.of());
    }

    /** Whether the parameters made a filter. */
    public boolean valid() {
        return errors.isEmpty();
    }

    private static LocalDate date(String field, String value, LocalDate fallback, LocalDate today,
                                  List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "is not a date like 2026-03-31", "notDate"));
            return null;
        }
        // The window every date input shares; it also keeps +999999999-12-01 away from instant arithmetic.
        List<FieldError> outside = InputBounds.date(field, date, today);
        errors.addAll(outside);
        return outside.isEmpty() ? date : null;
    }
}
