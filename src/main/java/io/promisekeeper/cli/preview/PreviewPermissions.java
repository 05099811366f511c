package io.promisekeeper.cli.preview;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import io.promisekeeper.jira.event.ServiceTeam;

/** Project permissions in the preview: every sample ticket is in one service project, the user record decides. */
public final class PreviewPermissions implements PermissionManager {
    static final ProjectPermissionKey SERVICE_PROJECT_AGENT = ServiceTeam.agentPermission();

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user) {
        if (!(user instanceof PreviewUser u) || issue == null) {
            return false;
        }
        if (ProjectPermissions.BROWSE_PROJECTS.equals(permissionKey)) {
            return u.mayBrowse();
        }
        // An agent who could not browse would be a broken permission scheme; Jira would deny both.
        return SERVICE_PROJECT_AGENT.equals(permissionKey) && u.mayBrowse() && u.agent();
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user) {
        if (!(user instanceof PreviewUser u) || project == null) {
            return false;
        }
        if (ProjectPermissions.ADMINISTER_PROJECTS.equals(permissionKey)) {
            // No sample user administers a project; the service lead and the Jira administrator see insight otherwise.
            return false;
        }
        return SERVICE_PROJECT_AGENT.equals(permissionKey) ? u.mayBrowse() && u.agent() : u.mayBrowse();
    }
}
