package io.promisekeeper.jira.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promisekeeper.core.MessageKey;
import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.InvalidPromise;
import io.promisekeeper.jira.json.StrictJson;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A JSON request body, read strictly: unknown fields, wrong types, unknown enum values and impossible dates
 * each become a {@link FieldError} naming the field, all reported at once by {@link #done()}.
 */
final class RequestBody {
    private static final ObjectMapper MAPPER = PromiseJson.MAPPER;
    /** Upper bound on a body; a promise is at most 1,000 characters, so anything far larger is not ours. */
    static final int MAX_BYTES = 64 * 1024;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]")
            .withResolverStyle(ResolverStyle.STRICT);

    // Wide enough for every window the core checks, narrow enough that no arithmetic on it overflows.
    private static final Instant EARLIEST_READ = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST_READ = Instant.parse("2999-12-31T23:59:59Z");

    private final ObjectNode json;
    private final List<FieldError> errors = new ArrayList<>();

    private RequestBody(ObjectNode json, Set<String> allowed) {
        this.json = json;
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                String expected = String.join(", ", allowed.stream().sorted().toList());
                errors.add(FieldError.of(name, "is not a known field; expected one of " + expected, "unknownFieldExpected",
                        expected));
            }
        }
    }

    /** Parses {@code body}; a body that is not a JSON object is refused at once, naming "body". */
    static RequestBody parse(String body, String... allowedFields) {
        if (body == null || body.isBlank()) {
            return new RequestBody(MAPPER.createObjectNode(), Set.of(allowedFields));
        }
        if (body.length() > MAX_BYTES) {
            throw new InvalidPromise(List.of(FieldError.of("body", "is larger than " + MAX_BYTES + " characters", "larger",
                    MAX_BYTES)));
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            // Said as the settings documents say it: where (path, line, column) and why, in the caller's language.
            throw new InvalidPromise(List.of(StrictJson.refusal(body).map(m -> m.error().at("body"))
                    .orElseGet(() -> new FieldError("body", unreadable(e), unreadableWords(e)))));
        }
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidPromise(List.of(FieldError.of("body", "must be a JSON object", "jsonObject")));
        }
        return new RequestBody(object, Set.of(allowedFields));
    }

    /** Why a body does not read, in words: too deep, a repeated key, or where the JSON breaks. */
    static String unreadable(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        if (e instanceof StreamConstraintsException) {
            return "is nested deeper than " + PromiseJson.MAX_DEPTH + " levels" + where;
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Duplicate field")) {
            return "repeats a field" + message.substring("Duplicate field".length()).replace("'", "\"") + where;
        }
        return "is not valid JSON" + where;
    }

    /** The same as {@link #unreadable}, as a message for other languages. */
    static MessageKey unreadableWords(JsonProcessingException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String key = e instanceof StreamConstraintsException ? "nestedTooDeep"
                : message.startsWith("Duplicate field") ? "repeatsField" : "invalidJsonAt";
        return key.equals("nestedTooDeep") ? MessageKey.of(FieldError.KEYS + key, PromiseJson.MAX_DEPTH, line, column)
                : MessageKey.of(FieldError.KEYS + key, line, column);
    }

    String text(String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(FieldError.of(field, "must be a string", "string"));
            return null;
        }
        return node.textValue();
    }

    String requiredText(String field) {
        String value = text(field);
        if (value == null && !hasError(field)) {
            errors.add(FieldError.of(field, "is required", "required"));
        }
        return value;
    }

    Boolean bool(String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            errors.add(FieldError.of(field, "must be true or false", "boolean"));
            return null;
        }
        return node.booleanValue();
    }

    /** The optimistic version the caller read; required on every change to an existing promise. */
    long version() {
        JsonNode node = json.get("version");
        if (node == null || node.isNull()) {
            errors.add(FieldError.of("version", "is required (the version you read)", "requiredVersion"));
            return -1;
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber() || node.longValue() < 1) {
            errors.add(FieldError.of("version", "must be a positive whole number", "positiveWhole"));
            return -1;
        }
        return node.longValue();
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
        String raw = required ? requiredText(field) : text(field);
        if (raw == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            errors.add(FieldError.of(field, "must be one of " + names, "oneOf", names));
            return null;
        }
    }

    /**
     * A moment: ISO-8601 with an offset ({@code 2026-03-03T15:00:00Z}) or a local date and time
     * ({@code 2026-03-03T15:00}) read in the viewer's time zone, as the panel's date field sends it.
     */
    Instant instant(String field, ZoneId zone, boolean required) {
        String raw = required ? requiredText(field) : text(field);
        if (raw == null) {
            return null;
        }
        String value = raw.trim();
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                instant = LocalDateTime.parse(value, LOCAL).atZone(zone).toInstant();
            } catch (DateTimeException e) {
                errors.add(FieldError.of(field, "is not a valid date and time like 2026-03-03T15:00", "dateTime"));
                return null;
            }
        } catch (DateTimeException e) {
            errors.add(FieldError.of(field, "is not a valid date and time like 2026-03-03T15:00", "dateTime"));
            return null;
        }
        // Far outside any window (e.g. +999999999-12-01): refused here, before anything computes with it.
        if (instant.isBefore(EARLIEST_READ) || instant.isAfter(LATEST_READ)) {
            errors.add(FieldError.of(field, "lies outside the dates this app accepts (one year back to five years ahead)", "outsideDates"));
            return null;
        }
        return instant;
    }

    /** Throws {@link InvalidPromise} with every error found so far; nothing has been written yet. */
    void done() {
        InvalidPromise.throwIfAny(errors);
    }

    private boolean hasError(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }
}
