package io.promisekeeper.jira.notice;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.web.bean.PagerFilter;
import io.promisekeeper.core.notice.ResolvedTicketKeys;
import java.time.Instant;
import java.time.ZoneId;
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
    private final ZoneId serverZone;

    public JiraResolvedTicketKeys(SearchService search, ZoneId serverZone) {
        this.search = search;
        this.serverZone = serverZone;
    }

    /** The JQL for the period, at minute precision in the server's zone. */
    String jql(Instant from, Instant to) {
        return "projectType = service_desk AND resolutiondate >= \"" + JQL_MINUTE.format(from.atZone(serverZone))
                + "\" AND resolutiondate <= \"" + JQL_MINUTE.format(to.atZone(serverZone))
                + "\" ORDER BY resolutiondate ASC, key ASC";
    }

    @Override
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
