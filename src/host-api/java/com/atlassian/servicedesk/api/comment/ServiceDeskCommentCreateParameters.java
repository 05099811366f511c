// Mirrors com.atlassian.servicedesk:jira-servicedesk-api 11.3.0, interface ServiceDeskCommentCreateParameters (members we call).
package com.atlassian.servicedesk.api.comment;

import com.atlassian.jira.issue.Issue;

/** Host surface: what a new JSM comment says, where, and whether the customer sees it. */
public interface ServiceDeskCommentCreateParameters {

    /** Host surface: builds the parameters. */
    interface Builder {
        Builder issue(Issue issue);

        Builder body(String body);

        Builder publicComment(boolean publicComment);

        ServiceDeskCommentCreateParameters build();
    }
}
