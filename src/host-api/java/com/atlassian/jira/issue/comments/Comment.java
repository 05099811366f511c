// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.issue.comments.Comment (members we call).
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Date;

/** Host surface: a comment on an issue. */
public interface Comment {
    Long getId();

    String getBody();

    ApplicationUser getAuthorApplicationUser();

    Date getCreated();
}
