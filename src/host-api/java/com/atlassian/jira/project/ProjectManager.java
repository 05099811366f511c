// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.project.ProjectManager (members we call).
package com.atlassian.jira.project;

/** Host surface: finds projects. */
public interface ProjectManager {
    Project getProjectObjByKey(String projectKey);

    java.util.List<Project> getProjectObjects();
}
