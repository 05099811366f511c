package io.promisekeeper.jira.notice;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.web.bean.PagerFilter;
import io.promisekeeper.core.notice.FollowUpCursor;
import io.promisekeeper.core.notice.ResolvedTicket;
import io.promisekeeper.core.notice.ResolvedTicketKeys;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Service tickets resolved in a period, found by JQL without a user (the round is the app's own job and only
 * evaluates rules on them; what an agent then sees is permission-checked where it is shown).
 */
public final class JiraResolvedTicketKeys implements ResolvedTicketKeys {
    private static final DateTimeFormatter JQL_MINUTE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    private final SearchService search;
    /** The zone JQL reads date literals in on the searching thread, asked at each search (an admin may change it). */
    private final Supplier<ZoneId> jqlZone;

    public JiraResolvedTicketKeys(SearchService search, ZoneId serverZone) {
        this.search = search;
        this.jqlZone = () -> serverZone;
    }

    /** Reads JQL dates in the zone Jira reads them in on the searching thread (the scheduler's: the default zone). */
    public JiraResolvedTicketKeys(SearchService search, TimeZoneManager timeZones) {
        this.search = search;
        this.jqlZone = () -> io.promisekeeper.jira.access.JiraZones.jqlZone(timeZones);
    }

    /** The JQL for the period, at minute precision in the zone JQL reads it in. */
    String jql(Instant from, Instant to) {
        ZoneId zone = jqlZone.get();
        return "projectType = service_desk AND resolutiondate >= \"" + JQL_MINUTE.format(from.atZone(zone))
                + "\" AND resolutiondate <= \"" + JQL_MINUTE.format(to.atZone(zone))
                + "\" ORDER BY resolutiondate ASC, key ASC";
    }

    /**
     * Reads JQL pages from the cursor's minute (JQL literals have no finer grain) and keeps the tickets after the
     * cursor. A page is closed only at a later minute than its newest ticket: JQL orders by resolution date and then
     * by key, not by id, so tickets within one minute are all read before the cursor moves past them.
     */
    @Override
    public List<ResolvedTicket> resolvedAfter(FollowUpCursor after, Instant to, int limit) {
        SearchService.ParseResult parsed = search.parseQuery(null, jql(after.resolvedAt(), to));
        if (!parsed.isValid()) {
            throw new IllegalStateException("Promise Keeper's follow-up query is not valid JQL here");
        }
        List<ResolvedTicket> found = new ArrayList<>();
        Instant newestMinute = null;
        for (int start = 0; ; ) {
            List<Issue> issues;
            try {
                issues = search.searchOverrideSecurity(null, parsed.getQuery(), new PagerFilter<>(start, limit))
                        .getResults();
            } catch (SearchException e) {
                throw new IllegalStateException("the search for resolved tickets failed: " + e.getMessage(), e);
            }
            issues = issues == null ? List.of() : issues;
            for (Issue issue : issues) {
                if (issue.getResolutionDate() == null || issue.getId() == null) {
                    continue;
                }
                ResolvedTicket t = new ResolvedTicket(issue.getKey(), issue.getId(),
                        issue.getResolutionDate().toInstant());
                Instant minute = t.resolvedAt().truncatedTo(ChronoUnit.MINUTES);
                if (found.size() >= limit && minute.isAfter(newestMinute)) {
                    return sorted(found);
                }
                if (after.precedes(t) && !t.resolvedAt().isAfter(to)) {
                    found.add(t);
                    newestMinute = newestMinute == null || minute.isAfter(newestMinute) ? minute : newestMinute;
                }
            }
            if (issues.size() < limit) {
                return sorted(found);
            }
            start += issues.size();
        }
    }

    private static List<ResolvedTicket> sorted(List<ResolvedTicket> found) {
        found.sort(ResolvedTicket.ORDER);
        return found;
    }

    /** Keys of tickets resolved in {@code [from, to]}, oldest resolution first, at most {@code limit}. */
    public List<String> resolvedBetween(Instant from, Instant to, int limit) {
        SearchService.ParseResult parsed = search.parseQuery(null, jql(from, to));
        if (!parsed.isValid()) {
            throw new IllegalStateException("Promise Keeper's follow-up query is not valid JQL here: " + jql(from, to));
        }
        List<Issue> issues;
        try {
            issues = search.searchOverrideSecurity(null, parsed.getQuery(), new PagerFilter<>(0, limit)).getResults();
        } catch (SearchException | LinkageError e) {
            throw new IllegalStateException("the search for resolved tickets failed: " + e.getMessage(), e);
        }
        List<String> keys = new ArrayList<>();
        for (Issue issue : issues == null ? List.<Issue>of() : issues) {
            keys.add(issue.getKey());
        }
        return keys;
    }
}
