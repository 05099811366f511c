package io.promisekeeper.jira.event;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import io.promisekeeper.core.activity.AssigneeChanged;
import io.promisekeeper.core.activity.InternalComment;
import io.promisekeeper.core.activity.PublicAgentComment;
import io.promisekeeper.core.activity.TicketEvent;
import io.promisekeeper.core.activity.TicketResolved;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;

/** Translates a Jira issue event into the domain's ticket event; events the domain ignores become empty. */
public class IssueEventTranslation {
    private static final Set<Long> RELEVANT = Set.of(EventType.ISSUE_RESOLVED_ID, EventType.ISSUE_CLOSED_ID,
            EventType.ISSUE_ASSIGNED_ID, EventType.ISSUE_COMMENTED_ID, EventType.ISSUE_GENERICEVENT_ID);

    private final CommentVisibility commentVisibility;
    private final ServiceTeam serviceTeam;

    public IssueEventTranslation(CommentVisibility commentVisibility, ServiceTeam serviceTeam) {
        this.commentVisibility = commentVisibility;
        this.serviceTeam = serviceTeam;
    }

    /** Cheap enough for Jira's event thread: only the event type is looked at. */
    public boolean isRelevant(IssueEvent event) {
        return event != null && event.getEventTypeId() != null && RELEVANT.contains(event.getEventTypeId());
    }

    /** The full translation, which may ask JSM about the comment; runs on the work queue. */
    public Optional<TicketEvent> translate(IssueEvent event) {
        if (!isRelevant(event) || event.getIssue() == null) {
            return Optional.empty();
        }
        Issue issue = event.getIssue();
        String key = issue.getKey();
        Instant at = instant(event.getTime());
        Long type = event.getEventTypeId();
        Comment comment = event.getComment();
        if (EventType.ISSUE_RESOLVED_ID.equals(type) || EventType.ISSUE_CLOSED_ID.equals(type)) {
            return Optional.of(new TicketResolved(key, at));
        }
        if (EventType.ISSUE_ASSIGNED_ID.equals(type)) {
            // The event carries the new assignee only; the previous one would need the change log.
            return Optional.of(new AssigneeChanged(key, null, issue.getAssigneeId(), at));
        }
        if (comment == null) {
            return Optional.empty();
        }
        ApplicationUser author = comment.getAuthorApplicationUser() != null ? comment.getAuthorApplicationUser() : event.getUser();
        String authorKey = author == null ? null : author.getKey();
        Instant commentedAt = comment.getCreated() != null ? comment.getCreated().toInstant() : at;
        String body = comment.getBody() == null ? "" : comment.getBody();
        if (!commentVisibility.isVisibleToCustomer(comment)) {
            return Optional.of(new InternalComment(key, authorKey, commentedAt, body));
        }
        if (author != null && serviceTeam.isAgent(author, issue)) {
            return Optional.of(new PublicAgentComment(key, authorKey, commentedAt, body));
        }
        // The customer's own replies keep no promise of ours.
        return Optional.empty();
    }

    private static Instant instant(Date time) {
        return time == null ? Instant.now() : time.toInstant();
    }
}
