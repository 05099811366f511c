package io.promisekeeper.jira.insight;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import io.promisekeeper.core.delight.SatisfactionRatings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the customer's satisfaction rating from JSM's own "Satisfaction" field, found by its field type (admins may
 * rename it, Jira translates it), with the date from the "Satisfaction date" field. JSM's Java type for the value is
 * not public API, so the value is read by shape (a number, a numeric text, or something whose text names a rating);
 * anything else, and any failure of the host, counts as no rating, with one log line per read.
 */
public final class JsmSatisfaction implements SatisfactionRatings {
    private static final Logger LOG = LoggerFactory.getLogger(JsmSatisfaction.class);
    static final String FEEDBACK_FIELD_TYPE = "com.atlassian.servicedesk:sd-request-feedback";
    static final String FEEDBACK_DATE_FIELD_TYPE = "com.atlassian.servicedesk:sd-request-feedback-date";
    private static final Pattern RATING_IN_TEXT =
            Pattern.compile("(?:^|[^0-9.])rating\\W{0,3}([1-5])(?:\\.0+)?(?![0-9])");

    private final IssueManager issues;
    private final CustomFieldManager fields;

    public JsmSatisfaction(IssueManager issues, CustomFieldManager fields) {
        this.issues = Objects.requireNonNull(issues, "issues");
        this.fields = Objects.requireNonNull(fields, "fields");
    }

    /** A customer's rating of a ticket (1 to 5) and when they gave it, if JSM recorded that. */
    public record Feedback(int rating, Optional<Instant> ratedAt) {
        public Feedback {
            if (rating < 1 || rating > 5) {
                throw new IllegalArgumentException("rating is 1 to 5, not " + rating);
            }
            Objects.requireNonNull(ratedAt, "ratedAt");
        }
    }

    @Override
    public Map<String, Integer> ratingsOf(Collection<String> ticketKeys) {
        Map<String, Integer> ratings = new HashMap<>();
        Failure first = null;
        int failures = 0;
        for (String key : ticketKeys) {
            try {
                Issue issue = issues.getIssueObject(key);
                Optional<Feedback> feedback = issue == null ? Optional.empty() : read(issue);
                feedback.ifPresent(f -> ratings.put(key, f.rating()));
            } catch (RuntimeException | LinkageError e) {
                failures++;
                if (first == null) {
                    first = new Failure(key, e);
                }
            }
        }
        if (first != null) {
            log(first, failures);
        }
        return ratings;
    }

    /** The feedback on {@code issue}: none when the request has no Satisfaction field, no rating, or the host fails. */
    public Optional<Feedback> feedbackOf(Issue issue) {
        if (issue == null) {
            return Optional.empty();
        }
        try {
            return read(issue);
        } catch (RuntimeException | LinkageError e) {
            log(new Failure(issue.getKey(), e), 1);
            return Optional.empty();
        }
    }

    private Optional<Feedback> read(Issue issue) {
        List<CustomField> applicable = fields.getCustomFieldObjects(issue);
        if (applicable == null) {
            return Optional.empty();
        }
        Integer rating = null;
        Instant ratedAt = null;
        for (CustomField field : applicable) {
            String type = typeOf(field);
            if (FEEDBACK_FIELD_TYPE.equals(type) && rating == null) {
                rating = rating(issue.getCustomFieldValue(field));
            } else if (FEEDBACK_DATE_FIELD_TYPE.equals(type) && ratedAt == null) {
                ratedAt = instant(issue.getCustomFieldValue(field));
            }
        }
        return rating == null ? Optional.empty() : Optional.of(new Feedback(rating, Optional.ofNullable(ratedAt)));
    }

    private static String typeOf(CustomField field) {
        if (field == null) {
            return null;
        }
        CustomFieldType<?, ?> type = field.getCustomFieldType();
        return type == null ? null : type.getKey();
    }

    /** 1 to 5 from the shapes JSM's value may take; anything else (0, 7, 3.5, "good") is no rating. */
    static Integer rating(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        try {
            return whole(new BigDecimal(text));
        } catch (NumberFormatException notANumber) {
            Matcher m = RATING_IN_TEXT.matcher(text.toLowerCase(Locale.ROOT));
            return m.find() ? Integer.valueOf(m.group(1)) : null;
        }
    }

    private static Integer whole(BigDecimal number) {
        try {
            int rating = number.intValueExact();
            return rating >= 1 && rating <= 5 ? rating : null;
        } catch (ArithmeticException notWhole) {
            return null;
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof String text) {
            try {
                return OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException unknownShape) {
                return null;
            }
        }
        return null;
    }

    private record Failure(String ticketKey, Throwable error) {
    }

    private static void log(Failure failure, int count) {
        // The class name only: a host exception's message may quote customer data.
        LOG.warn("Promise Keeper could not read the JSM satisfaction of {} ({}; {} ticket(s) in this read); "
                + "they count as not rated", failure.ticketKey(), failure.error().getClass().getName(), count);
    }
}
