package io.promisekeeper.jira.notice;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;
import io.promisekeeper.core.notice.DelayNotice;
import io.promisekeeper.core.notice.NoticeSender;
import io.promisekeeper.jira.access.JiraUsers;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a delay notice as a JSM public comment, so that JSM's own customer notification mails it in the customer's
 * language. A notice an agent sends from the panel is authored by that agent; an automatic one by the user the
 * administrator names in the notice settings, or else by the ticket's assignee. With nobody to speak for the team
 * (unassigned, no author named) the send fails and the round turns the notice into a prompt for an agent.
 */
public final class JsmNoticeSender implements NoticeSender {
    private static final Logger LOG = LoggerFactory.getLogger(JsmNoticeSender.class);

    private final IssueManager issues;
    private final ServiceDeskCommentService comments;
    private final JiraUsers users;
    private final Supplier<String> configuredAuthor;

    /** {@code configuredAuthor}: the key or name automatic notices are posted as; empty for the assignee. */
    public JsmNoticeSender(IssueManager issues, ServiceDeskCommentService comments, JiraUsers users,
                           Supplier<String> configuredAuthor) {
        this.issues = Objects.requireNonNull(issues, "issues");
        this.comments = Objects.requireNonNull(comments, "comments");
        this.users = Objects.requireNonNull(users, "users");
        this.configuredAuthor = Objects.requireNonNull(configuredAuthor, "configuredAuthor");
    }

    @Override
    public void send(DelayNotice notice) {
        Issue issue = issue(notice);
        post(issue, notice, automaticAuthor(issue, notice));
    }

    @Override
    public void sendAs(DelayNotice notice, String agent) {
        Issue issue = issue(notice);
        ApplicationUser author = users.find(agent).orElseThrow(() -> new IllegalStateException(
                "the agent sending the notice on " + notice.ticketKey() + " is not a Jira user"));
        post(issue, notice, author);
    }

    private ApplicationUser automaticAuthor(Issue issue, DelayNotice notice) {
        String named = configuredAuthor.get();
        if (named != null && !named.isBlank()) {
            var author = users.find(named);
            if (author.isPresent()) {
                return author.get();
            }
            // Checked when saved; a user deleted since then must not silence every automatic notice.
            LOG.warn("Promise Keeper's notice author no longer exists in Jira; {} is posted as its assignee",
                    notice.ticketKey());
        }
        ApplicationUser assignee = issue.getAssignee();
        if (assignee == null) {
            throw new IllegalStateException("ticket " + notice.ticketKey() + " has no assignee to send the notice");
        }
        return assignee;
    }

    private Issue issue(DelayNotice notice) {
        Issue issue = issues.getIssueObject(notice.ticketKey());
        if (issue == null) {
            throw new IllegalStateException("ticket " + notice.ticketKey() + " no longer exists");
        }
        return issue;
    }

    private void post(Issue issue, DelayNotice notice, ApplicationUser author) {
        comments.createServiceDeskComment(author, comments.newCreateBuilder()
                .issue(issue).body(notice.body()).publicComment(true).build());
    }
}
