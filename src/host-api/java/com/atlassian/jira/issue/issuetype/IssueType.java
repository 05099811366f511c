// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.issue.issuetype.IssueType (members we call; getName is inherited from IssueConstant).
package com.atlassian.jira.issue.issuetype;

/** Host surface: an issue constant, named. */
public interface IssueType {
    String getName();
}
