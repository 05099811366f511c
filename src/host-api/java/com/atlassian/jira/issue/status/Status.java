// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.issue.status.Status (members we call; getName is inherited from IssueConstant).
package com.atlassian.jira.issue.status;

/** Host surface: an issue constant, named. */
public interface Status {
    String getName();
}
