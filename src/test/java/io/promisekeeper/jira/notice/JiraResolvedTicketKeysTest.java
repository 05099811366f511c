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
}
