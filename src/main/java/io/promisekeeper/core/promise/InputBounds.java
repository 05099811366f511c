package io.promisekeeper.core.promise;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that says how far a date may lie from today and what a text typed by a person may hold, so that
 * every path (create, edit, renegotiate, accept, notes, insight filters, admin documents) refuses the same input
 * the same way, with a {@link FieldError} naming the field.
 *
 * <p>Dates: from {@link #PAST} before now to {@link #FUTURE} after now. A promise due further out is not a promise
 * a customer can hold anyone to, and the bounds keep every date far from the ends of what {@link Instant} and the
 * database can hold (epoch overflow), and keep working-time arithmetic short.
 *
 * <p>Texts: at most a stated number of characters (code points, as a person counts them), never silently cut; no
 * control characters but line feed, carriage return and tab; not made only of invisible characters (zero-width
 * spaces, joiners, direction marks, white space).
 */
public final class InputBounds {
    /** How far back a date may lie: one year (366 days, so a leap year fits). */
    public static final Duration PAST = Duration.ofDays(366);
    /** How far ahead a date may lie: five years (5 × 366 days). */
    public static final Duration FUTURE = Duration.ofDays(5 * 366);
    /** Longest note on a kept or broken promise, a done gesture or a dismissal. */
    public static final int MAX_NOTE = 500;

    private InputBounds() {
    }

    /** The error for a moment outside the window around {@code now}, if it is. */
    public static List<FieldError> moment(String field, Instant value, Instant now) {
        if (value == null) {
            return List.of();
        }
        Instant earliest = now.minus(PAST);
        Instant latest = now.plus(FUTURE);
        if (value.isBefore(earliest) || value.isAfter(latest)) {
            return List.of(outside(field, earliest, latest));
        }
        return List.of();
    }

    /** The error for a calendar date outside the window around {@code today}, if it is. */
    public static List<FieldError> date(String field, LocalDate value, LocalDate today) {
        if (value == null) {
            return List.of();
        }
        LocalDate earliest = today.minusDays(PAST.toDays());
        LocalDate latest = today.plusDays(FUTURE.toDays());
        if (value.isBefore(earliest) || value.isAfter(latest)) {
            return List.of(FieldError.of(field, "must lie between " + earliest + " and " + latest
                    + " (one year back to five years ahead)", "between", earliest.toString(), latest.toString()));
        }
        return List.of();
    }

    /**
     * The errors of a text a person typed: blank when required, longer than {@code max} characters, holding control
     * characters, or made only of invisible characters. Null or blank optional text has none.
     */
    public static List<FieldError> text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            return required ? List.of(FieldError.of(field, "must not be blank", "blank")) : List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            errors.add(FieldError.of(field, "is " + length + " characters, at most " + max + " allowed", "tooLong",
                    length, max));
        }
        if (value.codePoints().anyMatch(InputBounds::forbiddenControl)) {
            errors.add(FieldError.of(field, "must not contain control characters", "controlCharacters"));
        } else if (value.codePoints().allMatch(InputBounds::invisible)) {
            errors.add(FieldError.of(field, "must contain visible text, not only invisible characters", "invisible"));
        }
        return errors;
    }

    private static boolean forbiddenControl(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t';
    }

    // Format characters (zero-width space and joiners, direction marks, BOM) and white space show nothing.
    private static boolean invisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || c == 0x2800 || c == 0x3164 || c == 0x115F || c == 0x1160 || c == 0xFFA0;
    }

    private static FieldError outside(String field, Instant earliest, Instant latest) {
        String from = earliest.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        String to = latest.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        return FieldError.of(field, "must lie between " + from + " and " + to + " (one year back to five years ahead)",
                "between", from, to);
    }
}
