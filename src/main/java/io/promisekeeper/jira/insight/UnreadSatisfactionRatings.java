package io.promisekeeper.jira.insight;

import io.promisekeeper.core.insight.SatisfactionRatings;
import java.util.Collection;
import java.util.Map;

/**
 * JSM satisfaction ratings in Jira — none read yet: the host-API surface of this build has no way to read a
 * request's CSAT feedback (JSM keeps it behind its own feedback service / the "Satisfaction" custom field, neither of
 * which is mirrored in src/host-api). TO BE WIRED with that host API; until then satisfaction shows no ratings.
 */
public final class UnreadSatisfactionRatings implements SatisfactionRatings {
    @Override
    public Map<String, Integer> ratingsOf(Collection<String> ticketKeys) {
        return Map.of();
    }
}
