package io.promisekeeper.jira.event;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import io.promisekeeper.core.ticket.TicketSignal;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/** Translates a Jira issue event into the domain's ticket signal; events the domain ignores become empty. */
public class IssueEventTranslation {
    private final CommentVisibility commentVisibility;

    public IssueEventTranslation(CommentVisibility commentVisibility) {
        this.commentVisibility = commentVisibility;
    }

    public Optional<TicketSignal> translate(IssueEvent event) {
        if (event == null || event.getIssue() == null || event.getEventTypeId() == null) {
            return Optional.empty();
        }
        String key = event.getIssue().getKey();
        Instant at = instant(event.getTime());
        String actor = userKey(event.getUser());
        Long type = event.getEventTypeId();
        Comment comment = event.getComment();
        if (EventType.ISSUE_RESOLVED_ID.equals(type) || EventType.ISSUE_CLOSED_ID.equals(type)) {
            return Optional.of(new TicketSignal.Resolved(key, at, actor));
        }
        if (EventType.ISSUE_REOPENED_ID.equals(type)) {
            return Optional.of(new TicketSignal.Reopened(key, at, actor));
        }
        if (EventType.ISSUE_ASSIGNED_ID.equals(type)) {
            return Optional.of(new TicketSignal.AssigneeChanged(key, at, actor));
        }
        if (comment != null && (EventType.ISSUE_COMMENTED_ID.equals(type) || EventType.ISSUE_GENERICEVENT_ID.equals(type))) {
            String author = comment.getAuthorApplicationUser() != null ? userKey(comment.getAuthorApplicationUser()) : actor;
            Instant commentedAt = comment.getCreated() != null ? comment.getCreated().toInstant() : at;
            return Optional.of(new TicketSignal.Commented(key, commentedAt, author, comment.getBody(),
                    commentVisibility.isVisibleToCustomer(comment)));
        }
        return Optional.empty();
    }

    private static Instant instant(Date time) {
        return time == null ? Instant.now() : time.toInstant();
    }

    private static String userKey(ApplicationUser user) {
        return user == null ? null : user.getKey();
    }
}
