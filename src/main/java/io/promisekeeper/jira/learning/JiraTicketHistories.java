package io.promisekeeper.jira.learning;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import io.promisekeeper.core.forecast.LogSchema;
import io.promisekeeper.core.forecast.TicketHistory;
import io.promisekeeper.core.learning.TicketHistories;
import io.promisekeeper.core.learning.TicketReplay;
import java.time.Instant;
import java.util.Optional;

/** One live ticket's history from Jira's issue and change history, read in a trained schema. */
public final class JiraTicketHistories implements TicketHistories {
    private final IssueManager issues;
    private final ChangeHistoryManager changeHistory;

    public JiraTicketHistories(IssueManager issues, ChangeHistoryManager changeHistory) {
        this.issues = issues;
        this.changeHistory = changeHistory;
    }

    @Override
    public Optional<TicketHistory> historyOf(String ticketKey, LogSchema schema, Instant until) {
        Issue issue = issues.getIssueObject(ticketKey);
        if (issue == null || issue.getCreated() == null) {
            return Optional.empty();
        }
        return Optional.of(TicketReplay.history(IssueTimeline.of(issue, changeHistory.getChangeHistories(issue)),
                schema, until));
    }
}
