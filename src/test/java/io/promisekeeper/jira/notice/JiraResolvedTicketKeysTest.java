package io.promisekeeper.jira.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.query.Query;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolved tickets for follow-ups, by JQL over a period. */
class JiraResolvedTicketKeysTest {
    private static final Instant FROM = Instant.parse("2026-02-11T10:00:00Z");
    private static final Instant TO = Instant.parse("2026-02-25T10:00:00Z");

    @Test
    @SuppressWarnings("unchecked")
    void searchesThePeriodAndReturnsTheKeys() throws Exception {
        SearchService search = mock(SearchService.class);
        JiraResolvedTicketKeys keys = new JiraResolvedTicketKeys(search, ZoneId.of("Europe/Amsterdam"));
        String jql = keys.jql(FROM, TO);
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(mock(Query.class));
        when(search.parseQuery(isNull(), eq(jql))).thenReturn(parsed);
        SearchResults<Issue> results = mock(SearchResults.class);
        Issue one = mock(Issue.class);
        when(one.getKey()).thenReturn("SD-4");
        List<Issue> found = List.of(one);
        when(results.getResults()).thenReturn(found);
        when(search.searchOverrideSecurity(isNull(), any(), any())).thenReturn(results);

        assertThat(keys.resolvedBetween(FROM, TO, 50)).containsExactly("SD-4");
        assertThat(jql).isEqualTo("projectType = service_desk AND resolutiondate >= \"2026/02/11 11:00\""
                + " AND resolutiondate <= \"2026/02/25 11:00\" ORDER BY resolutiondate ASC, key ASC");
    }

    @Test
    void theWindowIsWrittenInTheZoneJiraReadsJqlInNotTheJvms() {
        // Issue 12: the searching thread's zone, asked at each search, so a changed default applies without restart.
        com.atlassian.jira.timezone.TimeZoneManager zones = mock(com.atlassian.jira.timezone.TimeZoneManager.class);
        when(zones.getLoggedInUserTimeZone()).thenReturn(java.util.TimeZone.getTimeZone("Asia/Tokyo"),
                java.util.TimeZone.getTimeZone("America/New_York"));
        JiraResolvedTicketKeys keys = new JiraResolvedTicketKeys(mock(SearchService.class), zones);

        assertThat(keys.jql(FROM, TO)).contains("resolutiondate >= \"2026/02/11 19:00\"")
                .contains("resolutiondate <= \"2026/02/25 19:00\"");
        assertThat(keys.jql(FROM, TO)).contains("resolutiondate >= \"2026/02/11 05:00\"");
    }

    @Test
    void aZoneJiraCannotGiveFallsBackToTheJvmsRatherThanFailingTheRound() {
        com.atlassian.jira.timezone.TimeZoneManager zones = mock(com.atlassian.jira.timezone.TimeZoneManager.class);
        when(zones.getLoggedInUserTimeZone()).thenThrow(new IllegalStateException("no such member here"));
        assertThat(io.promisekeeper.jira.access.JiraZones.jqlZone(zones)).isEqualTo(ZoneId.systemDefault());
        assertThat(io.promisekeeper.jira.access.JiraZones.defaultZone(zones)).isEqualTo(ZoneId.systemDefault());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPageAfterTheCursorKeepsReadingUntilTheMinuteOfItsNewestTicketIsComplete() throws Exception {
        SearchService search = mock(SearchService.class);
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(mock(Query.class));
        when(search.parseQuery(isNull(), any())).thenReturn(parsed);
        Instant t0 = Instant.parse("2026-02-12T08:00:10Z");
        // JQL order: resolution date, then key; SD-1 lies before the cursor, SD-2..SD-4 share a minute.
        List<Issue> all = List.of(issue("SD-1", 5, t0), issue("SD-2", 9, t0.plusSeconds(5)),
                issue("SD-3", 7, t0.plusSeconds(5)), issue("SD-4", 8, t0.plusSeconds(20)),
                issue("SD-5", 6, t0.plusSeconds(120)));
        when(search.searchOverrideSecurity(isNull(), any(), any())).thenAnswer(call -> {
            com.atlassian.jira.web.bean.PagerFilter<Issue> pager = call.getArgument(2);
            SearchResults<Issue> page = mock(SearchResults.class);
            int from = Math.min(all.size(), pager.getStart());
            when(page.getResults()).thenReturn(all.subList(from, Math.min(all.size(), from + pager.getMax())));
            return page;
        });
        JiraResolvedTicketKeys keys = new JiraResolvedTicketKeys(search, ZoneId.of("UTC"));

        List<io.promisekeeper.core.notice.ResolvedTicket> page = keys.resolvedAfter(
                new io.promisekeeper.core.notice.FollowUpCursor(t0, 5), TO, 2);

        assertThat(page).extracting(io.promisekeeper.core.notice.ResolvedTicket::key)
                .containsExactly("SD-3", "SD-2", "SD-4");
    }

    private static Issue issue(String key, long id, Instant resolved) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        when(issue.getId()).thenReturn(id);
        when(issue.getResolutionDate()).thenReturn(java.sql.Timestamp.from(resolved));
        return issue;
    }
}
