package io.promisekeeper.jira.event;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells agents from customers: agents hold JSM's agent permission on the ticket's service project. */
public class ServiceTeam {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceTeam.class);
    private static final AtomicBoolean LINKAGE_TOLD = new AtomicBoolean();

    private final PermissionManager permissions;

    public ServiceTeam(PermissionManager permissions) {
        this.permissions = permissions;
    }

    /** JSM's project permission of agents ("Service Project Agent"). */
    public static ProjectPermissionKey agentPermission() {
        return AgentKey.AGENT;
    }

    /**
     * Whether {@code user} is an agent of the ticket's service project. A Jira whose permission API differs from
     * the one we were built for makes nobody an agent (the panel turns read-only), told once in the log, instead of
     * keeping the plugin from starting.
     */
    public boolean isAgent(ApplicationUser user, Issue issue) {
        if (user == null) {
            return false;
        }
        try {
            return permissions.hasPermission(agentPermission(), issue, user);
        } catch (LinkageError wrongJira) {
            if (LINKAGE_TOLD.compareAndSet(false, true)) {
                LOG.warn("Promise Keeper cannot ask Jira for the agent permission ({}); nobody counts as an agent",
                        wrongJira.getClass().getSimpleName());
            }
            return false;
        }
    }

    // Created on first use, so a constructor missing in some Jira costs the agent check, not the class.
    private static final class AgentKey {
        static final ProjectPermissionKey AGENT = new ProjectPermissionKey("SERVICEDESK_AGENT");
    }
}
