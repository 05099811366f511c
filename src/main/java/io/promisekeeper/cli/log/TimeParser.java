package io.promisekeeper.cli.log;

import io.promisekeeper.core.forecast.TicketHistory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns log timestamps into epoch milliseconds. Without a pattern it reads ISO-8601 (with or without zone,
 * Jira's "+0100" offsets included) and day/month/year "d/m/yyyy HH:mm[:ss]". Times without a zone are UTC.
 */
public final class TimeParser {
    /** Cell contents that mean "no value". */
    private static final Set<String> MISSING = Set.of("", "?", "null", "NULL", "NaN", "N/A", "n/a", "-", "None");
    private static final DateTimeFormatter OFFSET_WITHOUT_COLON = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .appendPattern("xx")
            .toFormatter(Locale.ROOT);
    private static final int CACHE_LIMIT = 100_000;

    private final DateTimeFormatter pattern;
    // Logs repeat the same timestamps (opened/resolved on every row); remembering them avoids reparsing.
    private final Map<String, Long> cache = new HashMap<>();

    /** @param pattern a java.time pattern, or null for the built-in formats */
    public TimeParser(String pattern) {
        this.pattern = pattern == null ? null : DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
    }

    public static boolean isMissing(String text) {
        return text == null || MISSING.contains(text.trim());
    }

    /** Epoch millis, {@link TicketHistory#UNKNOWN} for a missing value; throws IllegalArgumentException otherwise. */
    public long parse(String text) {
        if (isMissing(text)) {
            return TicketHistory.UNKNOWN;
        }
        Long cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        long value = pattern != null ? withPattern(text.trim()) : builtIn(text.trim());
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(text, value);
        return value;
    }

    private long withPattern(String text) {
        try {
            TemporalAccessor parsed = pattern.parse(text);
            return toMillis(parsed, text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("cannot read time '" + text + "' with pattern " + pattern);
        }
    }

    private static long toMillis(TemporalAccessor parsed, String text) {
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS) && parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
            return java.time.OffsetDateTime.from(parsed).toInstant().toEpochMilli();
        }
        if (parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
            return LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC).toEpochMilli();
        }
        if (parsed.isSupported(ChronoField.EPOCH_DAY)) {
            return LocalDate.from(parsed).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        }
        throw new IllegalArgumentException("time '" + text + "' has no date");
    }

    private static long builtIn(String text) {
        long dayFirst = dayMonthYear(text);
        if (dayFirst != TicketHistory.UNKNOWN) {
            return dayFirst;
        }
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text,
                    java.time.OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof java.time.OffsetDateTime offset) {
                return offset.toInstant().toEpochMilli();
            }
            return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // not ISO with a colon offset; try the other accepted shapes
        }
        try {
            return java.time.OffsetDateTime.parse(text, OFFSET_WITHOUT_COLON).toInstant().toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // fall through
        }
        try {
            return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // fall through
        }
        try {
            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // fall through
        }
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("cannot read time '" + text
                    + "' (expected ISO-8601 or d/m/yyyy HH:mm; give --time-format)");
        }
    }

    /** "d/m/yyyy H:mm" or "d/m/yyyy H:mm:ss" read by hand: the common case must be fast. */
    private static long dayMonthYear(String text) {
        int[] parts = new int[6];
        int part = 0;
        int digits = 0;
        char[] separators = {'/', '/', ' ', ':', ':'};
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                parts[part] = parts[part] * 10 + (c - '0');
                if (++digits > 4) {
                    return TicketHistory.UNKNOWN;
                }
            } else if (part < separators.length && c == separators[part] && digits > 0) {
                part++;
                digits = 0;
            } else {
                return TicketHistory.UNKNOWN;
            }
        }
        if (digits == 0 || part < 4) {
            return TicketHistory.UNKNOWN;
        }
        try {
            return LocalDateTime.of(parts[2], parts[1], parts[0], parts[3], parts[4], parts[5])
                    .toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("impossible date '" + text + "'");
        }
    }
}
