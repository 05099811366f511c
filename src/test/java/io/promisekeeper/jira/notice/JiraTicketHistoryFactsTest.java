package io.promisekeeper.jira.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;
import io.promisekeeper.core.rules.TicketHistoryFacts;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ticket's past as read from Jira's change history, resolution date and a search for earlier tickets. */
class JiraTicketHistoryFactsTest {
    private static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");
    private final ChangeHistoryManager changes = mock(ChangeHistoryManager.class);
    private final SearchService search = mock(SearchService.class);
    private final JiraTicketHistoryFacts facts = new JiraTicketHistoryFacts(changes, search, ZoneId.of("UTC"));

    @Test
    void countsReopensUpdatesAndEarlierTicketsOfARecentTicket() {
        Issue issue = issue(NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofHours(5)));
        List<ChangeHistory> recorded = List.of(
                history(item("resolution", "1", null)),
                history(item("status", "3", "5"), item("resolution", null, "1")),
                history(item("resolution", "1", "")),
                history(item("summary", "a", "b")));
        when(changes.getChangeHistories(issue)).thenReturn(recorded);
        searchFinds(0);

        TicketHistoryFacts f = facts.of(issue, 6, NOW);

        assertThat(f.reopens()).isEqualTo(2);
        assertThat(f.updates()).isEqualTo(10);
        assertThat(f.earlierTicketsOfCustomer()).isZero();
        assertThat(f.resolvedAt()).isEqualTo(NOW.minus(Duration.ofHours(5)));
    }

    @Test
    void anOldTicketIsNotSearchedAndItsFirstTicketStatusIsUnknown() {
        Issue issue = issue(NOW.minus(Duration.ofDays(90)), null);
        when(changes.getChangeHistories(issue)).thenReturn(List.of());

        TicketHistoryFacts f = facts.of(issue, 0, NOW);

        assertThat(f.earlierTicketsOfCustomer()).isEqualTo(TicketHistoryFacts.UNKNOWN);
        assertThat(f.resolvedAt()).isNull();
        verify(search, never()).parseQuery(any(), anyString());
    }

    @Test
    void theSearchQuotesTheReporterSafely() {
        assertThat(facts.jql("o\"brien\\x", "SD-1", NOW))
                .isEqualTo("reporter = \"o\\\"brien\\\\x\" AND key != \"SD-1\" AND created <= \"2026/03/04 10:00\"");
    }

    @SuppressWarnings("unchecked")
    private void searchFinds(int total) {
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(mock(Query.class));
        when(search.parseQuery(isNull(), anyString())).thenReturn(parsed);
        SearchResults<Issue> results = mock(SearchResults.class);
        when(results.getTotal()).thenReturn(total);
        try {
            when(search.searchOverrideSecurity(isNull(), any(), any())).thenReturn(results);
        } catch (com.atlassian.jira.issue.search.SearchException e) {
            throw new AssertionError(e);
        }
    }

    private static Issue issue(Instant created, Instant resolved) {
        Issue issue = mock(Issue.class);
        ApplicationUser reporter = mock(ApplicationUser.class);
        when(reporter.getUsername()).thenReturn("kim");
        when(issue.getKey()).thenReturn("SD-1");
        when(issue.getReporter()).thenReturn(reporter);
        when(issue.getCreated()).thenReturn(Timestamp.from(created));
        when(issue.getResolutionDate()).thenReturn(resolved == null ? null : Timestamp.from(resolved));
        return issue;
    }

    private static ChangeHistory history(ChangeItemBean... items) {
        ChangeHistory h = mock(ChangeHistory.class);
        when(h.getChangeItemBeans()).thenReturn(List.of(items));
        return h;
    }

    private static ChangeItemBean item(String field, String from, String to) {
        return new ChangeItemBean("jira", field, from, from, to, to, Timestamp.from(NOW));
    }
}
