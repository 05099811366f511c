package io.promisekeeper.jira.event;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Tells agents from customers: agents hold JSM's agent permission on the ticket's service project. */
public class ServiceTeam {
    /** JSM's project permission of agents ("Service Project Agent"). */
    public static final ProjectPermissionKey AGENT_PERMISSION = new ProjectPermissionKey("SERVICEDESK_AGENT");

    private final PermissionManager permissions;

    public ServiceTeam(PermissionManager permissions) {
        this.permissions = permissions;
    }

    public boolean isAgent(ApplicationUser user, Issue issue) {
        return user != null && permissions.hasPermission(AGENT_PERMISSION, issue, user);
    }
}
