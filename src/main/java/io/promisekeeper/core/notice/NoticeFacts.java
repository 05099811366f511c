package io.promisekeeper.core.notice;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The values a template fills in, raw and unescaped; times are shown in {@code zone}, the customer's. Any of them
 * may be null when the notice is not about a promise (an SLA goal, a reopened ticket): they then render empty.
 */
public record NoticeFacts(String customerFirstName, String promiseText, Instant promiseDue,
                          Instant expectedCompletion, Instant expectedCompletionLatest, String agentName,
                          String ticketKey, String reason, ZoneId zone) {
    public NoticeFacts {
        Objects.requireNonNull(zone, "zone");
    }

    /** Made-up values for previews on the admin page. */
    public static NoticeFacts sample(ZoneId zone) {
        Instant due = Instant.parse("2026-03-05T14:00:00Z");
        return new NoticeFacts("Sanne", "We will deliver your replacement laptop", due,
                due.plusSeconds(26 * 3600), due.plusSeconds(50 * 3600), "Anna de Vries", "SD-123",
                "promise at risk: 72 % likely late", zone);
    }
}
