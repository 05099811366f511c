// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.issue.MutableIssue (members we call).
package com.atlassian.jira.issue;

/** Host surface: an issue as the issue manager hands it out. */
public interface MutableIssue extends Issue {
}
