// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.bc.project.component.ProjectComponent (members we call).
package com.atlassian.jira.bc.project.component;

/** Host surface: a project component; service teams often split their work by component. */
public interface ProjectComponent {
    String getName();
}
