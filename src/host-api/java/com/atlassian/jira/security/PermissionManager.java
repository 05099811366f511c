// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.security.PermissionManager (members we call).
package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Host surface: project permission checks. */
public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
