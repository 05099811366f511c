// Mirrors com.atlassian.jira:jira-api 11.3.0, class com.atlassian.jira.event.issue.IssueEvent.
package com.atlassian.jira.event.issue;

import com.atlassian.jira.event.AbstractEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;

/** Host surface: an issue was created, updated, commented, assigned, resolved... */
public final class IssueEvent extends AbstractEvent {
    public Issue getIssue() {
        throw new UnsupportedOperationException("host surface");
    }

    public ApplicationUser getUser() {
        throw new UnsupportedOperationException("host surface");
    }

    public Comment getComment() {
        throw new UnsupportedOperationException("host surface");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("host surface");
    }
}
