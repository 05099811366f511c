// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.user.ApplicationUser (members we call).
package com.atlassian.jira.user;

/** Host surface: a Jira user. */
public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getDisplayName();
}
