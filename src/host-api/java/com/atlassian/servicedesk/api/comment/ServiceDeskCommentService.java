// Mirrors com.atlassian.servicedesk:jira-servicedesk-api 11.3.0, interface ServiceDeskCommentService (members we call).
package com.atlassian.servicedesk.api.comment;

import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;

/** Host surface: JSM's view of comments (public reply vs internal note). */
public interface ServiceDeskCommentService {
    ServiceDeskComment getServiceDeskCommentByJiraComment(ApplicationUser user, Comment comment);

    ServiceDeskComment createServiceDeskComment(ApplicationUser user, ServiceDeskCommentCreateParameters createParameters);

    ServiceDeskCommentCreateParameters.Builder newCreateBuilder();
}
