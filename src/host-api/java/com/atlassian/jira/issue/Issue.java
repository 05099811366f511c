// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.issue.Issue (members we call).
package com.atlassian.jira.issue;

/** Host surface: a Jira issue (a JSM request). */
public interface Issue {
    Long getId();

    String getKey();

    String getAssigneeId();

    java.util.Collection<com.atlassian.jira.bc.project.component.ProjectComponent> getComponents();
}
