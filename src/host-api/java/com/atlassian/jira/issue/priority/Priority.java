// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.issue.priority.Priority (members we call; getName is inherited from IssueConstant).
package com.atlassian.jira.issue.priority;

/** Host surface: an issue constant, named. */
public interface Priority {
    String getName();
}
