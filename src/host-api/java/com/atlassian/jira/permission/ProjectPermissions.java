// Mirrors com.atlassian.jira:jira-api 11.3.0, class com.atlassian.jira.permission.ProjectPermissions (members we call).
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/** Host surface: Jira's system project permissions. */
public final class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");

    private ProjectPermissions() {
    }
}
