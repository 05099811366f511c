package io.promisekeeper.jira.notice;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;
import io.promisekeeper.core.notice.DelayNotice;
import io.promisekeeper.core.notice.NoticeSender;

/**
 * Posts a delay notice as a JSM public comment, authored by the ticket's assignee, so that JSM's own customer
 * notification mails it in the customer's language. An unassigned ticket has nobody to speak for the team: the
 * send fails and the round turns the notice into a prompt for an agent.
 */
public final class JsmNoticeSender implements NoticeSender {
    private final IssueManager issues;
    private final ServiceDeskCommentService comments;

    public JsmNoticeSender(IssueManager issues, ServiceDeskCommentService comments) {
        this.issues = issues;
        this.comments = comments;
    }

    @Override
    public void send(DelayNotice notice) {
        Issue issue = issues.getIssueObject(notice.ticketKey());
        if (issue == null) {
            throw new IllegalStateException("ticket " + notice.ticketKey() + " no longer exists");
        }
        ApplicationUser author = issue.getAssignee();
        if (author == null) {
            throw new IllegalStateException("ticket " + notice.ticketKey() + " has no assignee to send the notice");
        }
        comments.createServiceDeskComment(author, comments.newCreateBuilder()
                .issue(issue).body(notice.body()).publicComment(true).build());
    }
}
