// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.project.Project (members we call).
package com.atlassian.jira.project;

/** Host surface: a Jira project (a JSM service project). */
public interface Project {
    Long getId();

    String getKey();

    String getName();
}
