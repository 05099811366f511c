package io.promisekeeper.core.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One setting of a trigger as administrators give it: its JSON name, what kind of value it takes, its limits and,
 * when it may be left out, the value it then takes. Reading checks a raw value against all of this and names what
 * is wrong, so the rule reader, the admin form and the dry run share one definition.
 *
 * @param min the smallest value (a count, a probability; for durations the limits of {@link Rule#MAX_DURATION})
 * @param max the largest value
 * @param fallback the value when the setting is left out; {@code null} when it is required
 */
public record TriggerParameter(String name, Kind kind, BigDecimal min, BigDecimal max, Object fallback) {

    /** The kinds of values a trigger setting takes. */
    public enum Kind {
        /** A probability between 0 and 1, as a JSON number. */
        PROBABILITY,
        /** An ISO-8601 duration ({@code PT4H}, {@code P2D}), more than zero and at most 366 days, as a JSON string. */
        DURATION,
        /** A whole number within the limits, as a JSON number. */
        COUNT
    }

    public TriggerParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** A required probability between 0 and 1. */
    public static TriggerParameter probability(String name) {
        return new TriggerParameter(name, Kind.PROBABILITY, BigDecimal.ZERO, BigDecimal.ONE, null);
    }

    /** A required duration, more than zero and at most {@link Rule#MAX_DURATION}. */
    public static TriggerParameter duration(String name) {
        return new TriggerParameter(name, Kind.DURATION, null, null, null);
    }

    /** A required whole number from {@code min} to {@code max}. */
    public static TriggerParameter count(String name, int min, int max) {
        return new TriggerParameter(name, Kind.COUNT, BigDecimal.valueOf(min), BigDecimal.valueOf(max), null);
    }

    /** This setting, optional: left out, it takes {@code value}. */
    public TriggerParameter orElse(Object value) {
        return new TriggerParameter(name, kind, min, max, Objects.requireNonNull(value, "value"));
    }

    /** Whether the setting may be left out. */
    public boolean optional() {
        return fallback != null;
    }

    /**
     * The value of a raw JSON value (a {@link Number} or a {@link String}): a {@code Double} for probabilities, a
     * {@link Duration}, an {@code Integer} for counts.
     *
     * @throws InvalidParameter saying what is wrong with it, in the words the rule reader reports at its path
     */
    public Object read(Object raw) {
        return switch (kind) {
            case PROBABILITY -> {
                BigDecimal n = number(raw);
                if (n.compareTo(min) < 0 || n.compareTo(max) > 0) {
                    throw new InvalidParameter("must be between " + min.toPlainString() + " and " + max.toPlainString(),
                            "betweenNumbers", min.toPlainString(), max.toPlainString());
                }
                yield n.doubleValue();
            }
            case COUNT -> {
                BigDecimal n = number(raw);
                if (n.compareTo(min) < 0 || n.compareTo(max) > 0) {
                    throw new InvalidParameter("must be between " + min.toPlainString() + " and " + max.toPlainString(),
                            "betweenNumbers", min.toPlainString(), max.toPlainString());
                }
                if (n.stripTrailingZeros().scale() > 0) {
                    throw new InvalidParameter("must be a whole number", "wholeNumber");
                }
                yield n.intValue();
            }
            case DURATION -> {
                if (!(raw instanceof String text)) {
                    throw new InvalidParameter("must be a string", "string");
                }
                Duration d;
                try {
                    d = Duration.parse(text.strip());
                } catch (DateTimeParseException | ArithmeticException e) {
                    throw new InvalidParameter("must be an ISO-8601 duration like PT30M, PT4H or P2D", "durationDays");
                }
                if (d.compareTo(Duration.ZERO) <= 0 || d.compareTo(Rule.MAX_DURATION) > 0) {
                    throw new InvalidParameter("must be more than zero and at most 366 days", "durationRange");
                }
                yield d;
            }
        };
    }

    /** The JSON form of a value of this setting: a number, or the ISO-8601 text of a duration. */
    public Object write(Object value) {
        return switch (kind) {
            case PROBABILITY -> BigDecimal.valueOf((Double) value);
            case COUNT -> BigDecimal.valueOf((Integer) value);
            case DURATION -> value.toString();
        };
    }

    private static BigDecimal number(Object raw) {
        if (raw instanceof BigDecimal b) {
            return b;
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte
                || raw instanceof java.math.BigInteger) {
            return new BigDecimal(raw.toString());
        }
        if ((raw instanceof Double || raw instanceof Float) && Double.isFinite(((Number) raw).doubleValue())) {
            return BigDecimal.valueOf(((Number) raw).doubleValue());
        }
        throw new InvalidParameter("must be a number", "number");
    }

    /**
     * A raw value that does not fit its setting; the message says why in English, without the path, and
     * {@link #key()} with {@link #args()} says it as message {@code error.<key>} for other languages.
     */
    public static final class InvalidParameter extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final transient Object[] args;

        InvalidParameter(String message, String key, Object... args) {
            super(message);
            this.key = key;
            this.args = args.clone();
        }

        /** The message's name among the error messages. */
        public String key() {
            return key;
        }

        /** The message's arguments. */
        public Object[] args() {
            return args.clone();
        }
    }
}
