package io.promisekeeper.jira.notice;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;
import io.promisekeeper.core.notice.TeamTask;
import io.promisekeeper.core.notice.TeamTasks;

/**
 * Carries out team tasks as internal JSM comments (never shown to the customer): an internal note, or a note
 * that mentions the team lead so Jira notifies them.
 */
public final class JsmTeamTasks implements TeamTasks {
    private final IssueManager issues;
    private final ServiceDeskCommentService comments;

    public JsmTeamTasks(IssueManager issues, ServiceDeskCommentService comments) {
        this.issues = issues;
        this.comments = comments;
    }

    @Override
    public void carryOut(TeamTask task) {
        Issue issue = issues.getIssueObject(task.ticketKey());
        if (issue == null) {
            throw new IllegalStateException("ticket " + task.ticketKey() + " no longer exists");
        }
        ApplicationUser author = issue.getAssignee();
        if (author == null) {
            throw new IllegalStateException("ticket " + task.ticketKey() + " has no assignee to write the note");
        }
        comments.createServiceDeskComment(author, comments.newCreateBuilder()
                .issue(issue).body(task.text()).publicComment(false).build());
    }
}
