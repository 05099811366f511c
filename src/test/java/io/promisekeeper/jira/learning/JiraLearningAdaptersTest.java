package io.promisekeeper.jira.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.promisekeeper.core.forecast.LogSchema;
import io.promisekeeper.core.learning.FieldChange;
import io.promisekeeper.core.learning.TicketRecord;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class JiraLearningAdaptersTest {
    private static final Instant CREATED = Instant.parse("2026-02-02T09:00:00Z");
    private static final Instant CHANGED = Instant.parse("2026-02-02T11:00:00Z");
    private static final Instant RESOLVED = Instant.parse("2026-02-03T10:00:00Z");

    private final ChangeHistoryManager changes = mock(ChangeHistoryManager.class);

    @Test
    void anIssueBecomesARecordOfItsCategoriesWithTheirChangesAndNoText() {
        MutableIssue issue = issue("HELP-7", RESOLVED);
        List<ChangeHistory> recorded = List.of(
                history(CHANGED,
                        new ChangeItemBean("jira", "status", "1", "Open", "3", "In Progress", null),
                        new ChangeItemBean("jira", "Component", null, null, "10100", "Network", null),
                        new ChangeItemBean("jira", "summary", null, "Printer broken", null, "Printer on fire", null),
                        new ChangeItemBean("jira", "assignee", null, "Nobody Special", "JIRAUSER10", "Ann Agent", null)),
                history(RESOLVED,
                        new ChangeItemBean("jira", "status", "3", "In Progress", "5", "Resolved", null),
                        new ChangeItemBean("custom", "labels", null, "", null, "vip urgent", null)));
        when(changes.getChangeHistories(issue)).thenReturn(recorded);

        TicketRecord record = IssueTimeline.of(issue, changes.getChangeHistories(issue));

        assertThat(record.key()).isEqualTo("HELP-7");
        assertThat(record.segment()).isEqualTo("HELP");
        assertThat(record.opened()).isEqualTo(CREATED);
        assertThat(record.resolved()).isEqualTo(RESOLVED);
        assertThat(record.current()).isEqualTo(Map.of("status", "Resolved", "priority", "High",
                "issuetype", "Service request", "assignee", "JIRAUSER10", "components", "Network",
                "labels", "urgent, vip"));
        assertThat(record.changes()).containsExactly(
                FieldChange.value(CHANGED, "status", "Open", "In Progress"),
                FieldChange.element(CHANGED, "components", null, "Network"),
                FieldChange.value(CHANGED, "assignee", null, "JIRAUSER10"),
                FieldChange.value(RESOLVED, "status", "In Progress", "Resolved"),
                FieldChange.value(RESOLVED, "labels", null, "urgent, vip"));
        assertThat(record.current().values()).noneMatch(v -> v.contains("Printer") || v.contains("Ann"));
    }

    @Test
    void aLiveHistoryIsReadInTheTrainedSchemaAndAnUnknownTicketHasNone() {
        IssueManager issues = mock(IssueManager.class);
        MutableIssue issue = issue("HELP-8", null);
        when(issues.getIssueObject("HELP-8")).thenReturn(issue);
        List<ChangeHistory> recorded = List.of(history(CHANGED,
                new ChangeItemBean("jira", "status", "1", "Open", "5", "Resolved", null)));
        when(changes.getChangeHistories(issue)).thenReturn(recorded);
        LogSchema schema = new LogSchema();
        schema.statuses().intern("Open");
        JiraTicketHistories histories = new JiraTicketHistories(issues, changes);

        var history = histories.historyOf("HELP-8", schema, CHANGED.minusSeconds(1)).orElseThrow();
        assertThat(history.eventCount()).isEqualTo(1);
        assertThat(schema.statuses().value(history.status(0))).isEqualTo("Open");
        assertThat(histories.historyOf("HELP-404", schema, CHANGED)).isEmpty();
    }

    @Test
    void resolvedTicketsArePagedThroughServiceProjectsNewestFirstUpToTheLimit() throws Exception {
        SearchService search = mock(SearchService.class);
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        Query query = mock(Query.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(query);
        when(search.parseQuery(isNull(), anyString())).thenReturn(parsed);
        List<Issue> all = List.of(issue("HELP-3", RESOLVED), issue("HELP-2", RESOLVED), issue("HELP-1", RESOLVED));
        when(search.searchOverrideSecurity(isNull(), any(), any())).thenAnswer(call -> {
            PagerFilter<?> pager = call.getArgument(2);
            return page(all.subList(pager.getStart(), Math.min(all.size(), pager.getStart() + Math.min(2, pager.getMax()))),
                    all.size());
        });
        when(changes.getChangeHistories(any())).thenReturn(List.of());
        JiraResolvedTickets tickets = new JiraResolvedTickets(search, changes, ZoneOffset.UTC);

        List<String> keys = new ArrayList<>();
        int handed = tickets.each(Instant.parse("2025-03-01T02:30:00Z"), 10, t -> keys.add(t.key()));

        assertThat(handed).isEqualTo(3);
        assertThat(keys).containsExactly("HELP-3", "HELP-2", "HELP-1");
        ArgumentCaptor<String> jql = ArgumentCaptor.forClass(String.class);
        org.mockito.Mockito.verify(search).parseQuery(isNull(), jql.capture());
        assertThat(jql.getValue()).isEqualTo(
                "projectType = service_desk AND resolutiondate >= \"2025-03-01\" ORDER BY resolutiondate DESC, key ASC");

        List<String> two = new ArrayList<>();
        assertThat(tickets.each(Instant.parse("2025-03-01T00:00:00Z"), 2, t -> two.add(t.key()))).isEqualTo(2);
        assertThat(two).containsExactly("HELP-3", "HELP-2");

        assertThat(tickets.each(RESOLVED.plusSeconds(1), 10, t -> { })).as("the exact bound").isZero();
    }

    @Test
    void aQueryJiraRefusesFailsTheRunWithTheQuery() {
        SearchService search = mock(SearchService.class);
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(search.parseQuery(isNull(), anyString())).thenReturn(parsed);
        assertThatThrownBy(() -> new JiraResolvedTickets(search, changes, ZoneOffset.UTC).each(CREATED, 5, t -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("projectType = service_desk");
    }

    @SuppressWarnings("unchecked")
    private static SearchResults<Issue> page(List<Issue> issues, int total) {
        SearchResults<Issue> results = mock(SearchResults.class);
        when(results.getResults()).thenReturn(issues);
        when(results.getTotal()).thenReturn(total);
        return results;
    }

    static MutableIssue issue(String key, Instant resolved) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getKey()).thenReturn(key);
        when(issue.getCreated()).thenReturn(Timestamp.from(CREATED));
        when(issue.getResolutionDate()).thenReturn(resolved == null ? null : Timestamp.from(resolved));
        Status status = mock(Status.class);
        when(status.getName()).thenReturn(resolved == null ? "Open" : "Resolved");
        when(issue.getStatus()).thenReturn(status);
        Priority priority = mock(Priority.class);
        when(priority.getName()).thenReturn("High");
        when(issue.getPriority()).thenReturn(priority);
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn("Service request");
        when(issue.getIssueType()).thenReturn(type);
        when(issue.getAssigneeId()).thenReturn("JIRAUSER10");
        ProjectComponent network = mock(ProjectComponent.class);
        when(network.getName()).thenReturn("Network");
        when(issue.getComponents()).thenReturn(List.of(network));
        when(issue.getLabels()).thenReturn(Set.of(new Label(1L, 1L, "vip"), new Label(2L, 1L, "urgent")));
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(key.substring(0, key.indexOf('-')));
        when(issue.getProjectObject()).thenReturn(project);
        return issue;
    }

    static ChangeHistory history(Instant at, ChangeItemBean... items) {
        ChangeHistory history = mock(ChangeHistory.class);
        when(history.getTimePerformed()).thenReturn(Timestamp.from(at));
        when(history.getChangeItemBeans()).thenReturn(List.of(items));
        return history;
    }
}
