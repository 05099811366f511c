// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.project.Project (members we call).
package com.atlassian.jira.project;

/** Host surface: a Jira project (a JSM service project). */
public interface Project {
    Long getId();

    String getKey();

    String getName();

    /**
     * The project's lead (Jira 7 and later return an ApplicationUser here; public Jira 10/11 plugins implement it so).
     * A throwing default only so that the command-line tool's stand-in projects need not implement it.
     */
    default com.atlassian.jira.user.ApplicationUser getProjectLead() {
        throw new UnsupportedOperationException("host surface");
    }
}
