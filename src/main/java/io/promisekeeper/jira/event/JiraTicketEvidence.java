package io.promisekeeper.jira.event;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import io.promisekeeper.core.activity.SettlingEvidence;
import io.promisekeeper.core.activity.TicketEvidence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a ticket's record from Jira: each time the change history shows a resolution being set (a reopened ticket
 * keeps its earlier ones), the current resolution date, and the public comments by the service team, judged as the
 * event listener judges them. Only host members already mirrored are called (IssueManager, CommentManager,
 * ChangeHistoryManager, the JSM comment visibility, the agent permission).
 */
public final class JiraTicketEvidence implements TicketEvidence {
    private final IssueManager issues;
    private final CommentManager comments;
    private final ChangeHistoryManager changes;
    private final CommentVisibility visibility;
    private final ServiceTeam serviceTeam;

    public JiraTicketEvidence(IssueManager issues, CommentManager comments, ChangeHistoryManager changes,
                              CommentVisibility visibility, ServiceTeam serviceTeam) {
        this.issues = issues;
        this.comments = comments;
        this.changes = changes;
        this.visibility = visibility;
        this.serviceTeam = serviceTeam;
    }

    @Override
    public Optional<SettlingEvidence> of(String ticketKey) {
        Issue issue = issues.getIssueObject(ticketKey);
        if (issue == null) {
            return Optional.empty();
        }
        return Optional.of(new SettlingEvidence(resolutions(issue), publicAgentComments(issue)));
    }

    private List<Instant> resolutions(Issue issue) {
        List<Instant> at = new ArrayList<>();
        if (issue.getResolutionDate() != null) {
            at.add(issue.getResolutionDate().toInstant());
        }
        List<ChangeHistory> histories = changes.getChangeHistories(issue);
        for (ChangeHistory h : histories == null ? List.<ChangeHistory>of() : histories) {
            List<ChangeItemBean> items = h.getChangeItemBeans();
            for (ChangeItemBean item : items == null ? List.<ChangeItemBean>of() : items) {
                if ("resolution".equalsIgnoreCase(item.getField()) && !isBlank(item.getTo())
                        && h.getTimePerformed() != null) {
                    at.add(h.getTimePerformed().toInstant());
                }
            }
        }
        return at;
    }

    private List<Instant> publicAgentComments(Issue issue) {
        List<Instant> at = new ArrayList<>();
        List<Comment> all;
        try {
            all = comments.getComments(issue);
        } catch (LinkageError wrongJira) {
            // Without the comments the record cannot show a callback kept: leave the ticket for a later sweep
            // rather than break a promise that may have been kept.
            throw new IllegalStateException("the comments of " + issue.getKey() + " cannot be read here", wrongJira);
        }
        for (Comment c : all == null ? List.<Comment>of() : all) {
            if (c.getCreated() != null && c.getAuthorApplicationUser() != null && visibility.isVisibleToCustomer(c)
                    && serviceTeam.isAgent(c.getAuthorApplicationUser(), issue)) {
                at.add(c.getCreated().toInstant());
            }
        }
        return at;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
