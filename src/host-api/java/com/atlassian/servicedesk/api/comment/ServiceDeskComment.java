// Mirrors com.atlassian.servicedesk:jira-servicedesk-api 11.3.0, interface ServiceDeskComment (members we call).
package com.atlassian.servicedesk.api.comment;

import com.atlassian.jira.issue.comments.Comment;

/** Host surface: a comment on a customer request. */
public interface ServiceDeskComment {
    Comment getComment();

    boolean isPublic();
}
