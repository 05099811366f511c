// Mirrors com.atlassian.jira:jira-api 11.3.0, class com.atlassian.jira.event.issue.IssueEvent (members we call).
package com.atlassian.jira.event.issue;

import com.atlassian.jira.event.AbstractEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Map;

/** Host surface: an issue was created, updated, commented, assigned, resolved... */
public final class IssueEvent extends AbstractEvent {
    private final Issue issue;
    private final ApplicationUser user;
    private final Long eventTypeId;

    /** Jira's constructor for events without a comment, work log or change log. */
    @SuppressWarnings("rawtypes")
    public IssueEvent(Issue issue, Map params, ApplicationUser user, Long eventTypeId) {
        this.issue = issue;
        this.user = user;
        this.eventTypeId = eventTypeId;
    }

    public Issue getIssue() {
        return issue;
    }

    public ApplicationUser getUser() {
        return user;
    }

    public Comment getComment() {
        return null;
    }

    public Long getEventTypeId() {
        return eventTypeId;
    }
}
