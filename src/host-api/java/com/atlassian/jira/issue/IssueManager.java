// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.issue.IssueManager (members we call).
package com.atlassian.jira.issue;

/** Host surface: finds issues. */
public interface IssueManager {
    MutableIssue getIssueObject(String key);
}
