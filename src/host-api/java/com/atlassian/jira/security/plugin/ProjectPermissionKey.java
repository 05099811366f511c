// Mirrors com.atlassian.jira:jira-api 11.3.0, class com.atlassian.jira.security.plugin.ProjectPermissionKey (members we call).
package com.atlassian.jira.security.plugin;

import java.util.Objects;

/** Host surface: the key of a project permission, e.g. BROWSE_PROJECTS or JSM's SERVICEDESK_AGENT. */
public final class ProjectPermissionKey {
    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = Objects.requireNonNull(permissionKey);
    }

    public String permissionKey() {
        return permissionKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectPermissionKey other && other.permissionKey.equals(permissionKey);
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
