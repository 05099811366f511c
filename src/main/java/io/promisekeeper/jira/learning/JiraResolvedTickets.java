package io.promisekeeper.jira.learning;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.web.bean.PagerFilter;
import io.promisekeeper.core.learning.ResolvedTickets;
import io.promisekeeper.core.learning.TicketRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/**
 * Resolved tickets of every service project, found by JQL a page at a time, with their change history. The search
 * runs without a user and overrides issue security: the training is the app's own job, and only categories leave it.
 */
public final class JiraResolvedTickets implements ResolvedTickets {
    /** Issues per search page: one page of issues and their histories in memory at a time. */
    static final int PAGE = 200;
    private static final DateTimeFormatter JQL_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final SearchService search;
    private final ChangeHistoryManager changeHistory;
    /** The zone JQL reads date literals in on the searching thread, asked at each search. */
    private final java.util.function.Supplier<ZoneId> jqlZone;

    public JiraResolvedTickets(SearchService search, ChangeHistoryManager changeHistory, ZoneId serverZone) {
        this.search = search;
        this.changeHistory = changeHistory;
        this.jqlZone = () -> serverZone;
    }

    /** Reads JQL dates in the zone Jira reads them in on the searching thread, not the JVM's. */
    public JiraResolvedTickets(SearchService search, ChangeHistoryManager changeHistory, com.atlassian.jira.timezone.TimeZoneManager timeZones) {
        this.search = search;
        this.changeHistory = changeHistory;
        this.jqlZone = () -> io.promisekeeper.jira.access.JiraZones.jqlZone(timeZones);
    }

    /** The JQL: service projects, resolved since the day of {@code since}, newest first, key as tie-break. */
    String jql(Instant since) {
        return "projectType = service_desk AND resolutiondate >= \"" + JQL_DAY.format(since.atZone(jqlZone.get()))
                + "\" ORDER BY resolutiondate DESC, key ASC";
    }

    @Override
    public int each(Instant since, int limit, Consumer<TicketRecord> each) {
        SearchService.ParseResult parsed = search.parseQuery(null, jql(since));
        if (!parsed.isValid()) {
            throw new IllegalStateException("Promise Keeper's training query is not valid JQL here: " + jql(since));
        }
        int handed = 0;
        int start = 0;
        while (handed < limit) {
            SearchResults<Issue> page;
            try {
                page = search.searchOverrideSecurity(null, parsed.getQuery(),
                        new PagerFilter<>(start, Math.min(PAGE, limit - handed)));
            } catch (SearchException | LinkageError e) {
                throw new IllegalStateException("the search for resolved tickets failed: " + e.getMessage(), e);
            }
            List<Issue> issues = page.getResults();
            if (issues == null || issues.isEmpty()) {
                break;
            }
            for (Issue issue : issues) {
                // The JQL day is coarse; the exact bound is applied here.
                if (issue.getCreated() == null || issue.getResolutionDate() == null
                        || issue.getResolutionDate().toInstant().isBefore(since) || handed >= limit) {
                    continue;
                }
                each.accept(IssueTimeline.of(issue, changeHistory.getChangeHistories(issue)));
                handed++;
            }
            start += issues.size();
            if (start >= page.getTotal()) {
                break;
            }
        }
        return handed;
    }
}
