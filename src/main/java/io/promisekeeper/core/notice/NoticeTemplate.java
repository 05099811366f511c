package io.promisekeeper.core.notice;

import io.promisekeeper.core.MessageKey;
import io.promisekeeper.core.promise.FieldError;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An admin's text for one notice in one language, in Jira wiki markup with {@code ${placeholder}}s. The text is
 * the admin's own markup; every inserted value is made literal with {@link WikiMarkup#literal}.
 */
public record NoticeTemplate(String id, String language, String body) {

    /** Longest template body. */
    public static final int MAX_BODY = 5000;
    /** Template ids appear in rule JSON and URLs, so they stay plain. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    /** A language is a lower-case primary subtag, like {@code en} or {@code nl}. */
    public static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public NoticeTemplate {
        List<FieldError> errors = check(id, language, body);
        if (!errors.isEmpty()) {
            throw new InvalidTemplate(errors);
        }
    }

    /** Every problem of these values, each named {@code templates.<id>.<language>}. */
    public static List<FieldError> check(String id, String language, String body) {
        String where = "templates." + id + "." + language;
        List<FieldError> errors = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            errors.add(FieldError.of(where + ".id", "must be 1-64 lower-case letters, digits or '-'", "slug"));
        }
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            errors.add(FieldError.of(where + ".language", "must be a language code like en or nl", "languageCode"));
        }
        if (body == null || body.isBlank()) {
            errors.add(FieldError.of(where + ".body", "must not be blank", "blank"));
        } else if (body.length() > MAX_BODY) {
            errors.add(FieldError.of(where + ".body", "is longer than " + MAX_BODY + " characters", "longer", MAX_BODY));
        } else {
            errors.addAll(checkPlaceholders(where + ".body", body));
        }
        return errors;
    }

    /** Problems with the {@code ${…}} placeholders of {@code text}, named {@code where}. */
    public static List<FieldError> checkPlaceholders(String where, String text) {
        List<FieldError> errors = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf("${", from);
            if (open < 0) {
                return errors;
            }
            int close = text.indexOf('}', open + 2);
            if (close < 0) {
                errors.add(FieldError.of(where, "placeholder at character " + open + " is not closed with '}'",
                        "placeholderOpen", open));
                return errors;
            }
            String key = text.substring(open + 2, close);
            if (Placeholder.byKey(key) == null) {
                errors.add(FieldError.of(where, "unknown placeholder ${" + abbreviate(key) + "}", "placeholder",
                        "${" + abbreviate(key) + "}"));
            }
            from = close + 1;
        }
    }

    /** The body with every placeholder replaced by its literal, escaped value. */
    public String render(NoticeFacts facts) {
        Objects.requireNonNull(facts, "facts");
        StringBuilder out = new StringBuilder(body.length() + 200);
        int from = 0;
        while (true) {
            int open = body.indexOf("${", from);
            if (open < 0) {
                out.append(body, from, body.length());
                return out.toString();
            }
            int close = body.indexOf('}', open + 2);
            out.append(body, from, open);
            out.append(WikiMarkup.literal(valueOf(Placeholder.byKey(body.substring(open + 2, close)), facts)));
            from = close + 1;
        }
    }

    private String valueOf(Placeholder p, NoticeFacts f) {
        return switch (p) {
            case CUSTOMER_FIRST_NAME -> f.customerFirstName();
            case PROMISE_TEXT -> f.promiseText();
            case PROMISE_DUE -> time(f.promiseDue(), f.zone());
            case EXPECTED_COMPLETION -> time(f.expectedCompletion(), f.zone());
            case EXPECTED_COMPLETION_LATEST -> time(f.expectedCompletionLatest(), f.zone());
            case AGENT_NAME -> f.agentName();
            case TICKET_KEY -> f.ticketKey();
            // The reason is the agent's explanation in the agent's words; the customer gets the rule's name.
            case REASON -> MessageKey.decode(f.reason()).map(MessageKey::firstText).orElse(f.reason());
        };
    }

    private String time(Instant at, ZoneId zone) {
        if (at == null) {
            return "";
        }
        // Weekday and date in words read well in a mail; the customer's own zone needs no zone label.
        Locale locale = Locale.forLanguageTag(language);
        return DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", locale).format(at.atZone(zone));
    }

    private static String abbreviate(String key) {
        return key.length() <= 40 ? key : key.substring(0, 40) + "…";
    }
}
