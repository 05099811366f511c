// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.issue.comments.CommentManager (members we call).
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import java.util.List;

/** Host surface: an issue's comments. */
public interface CommentManager {
    List<Comment> getComments(Issue issue);
}
