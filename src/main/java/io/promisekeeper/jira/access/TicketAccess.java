package io.promisekeeper.jira.access;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.promisekeeper.jira.event.ServiceTeam;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Checks who may see and change a ticket's promises: a logged-in, licensed user with browse permission may
 * read; changing needs JSM's agent permission on the ticket's service project (customers never have it).
 */
public class TicketAccess {
    private final JiraAuthenticationContext authentication;
    private final IssueManager issues;
    private final PermissionManager permissions;
    private final TimeZoneManager timeZones;
    private final UserManager users;
    private final ServiceTeam serviceTeam;

    public TicketAccess(JiraAuthenticationContext authentication, IssueManager issues, PermissionManager permissions,
                        TimeZoneManager timeZones, UserManager users, ServiceTeam serviceTeam) {
        this.authentication = authentication;
        this.issues = issues;
        this.permissions = permissions;
        this.timeZones = timeZones;
        this.users = users;
        this.serviceTeam = serviceTeam;
    }

    /** The caller, allowed to read the ticket's promises, or {@link AccessDenied}. */
    public Viewer reader(String ticketKey) {
        ApplicationUser user = loggedIn();
        Issue issue = ticket(ticketKey);
        if (!users.isLicensed(new UserKey(user.getKey()))
                || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            // The same answer as for a ticket that does not exist: whether it exists is not the caller's to learn.
            throw notThere(ticketKey);
        }
        return viewer(user, issue);
    }

    /** The caller, allowed to change the ticket's promises (an agent of its service project), or {@link AccessDenied}. */
    public Viewer agent(String ticketKey) {
        Viewer viewer = reader(ticketKey);
        if (!viewer.agent()) {
            throw new AccessDenied(403, "Only agents of this service project may change its promises.", "onlyAgents");
        }
        return viewer;
    }

    /**
     * Like {@link #agent}, for calls that name a promise, prompt or gesture rather than a ticket: when the caller
     * may not see the ticket it lies on, {@code unknown} is thrown instead, so the answer is the one for an id
     * that does not exist and names no ticket.
     */
    public Viewer agentOrUnknown(String ticketKey, Supplier<? extends RuntimeException> unknown) {
        try {
            return agent(ticketKey);
        } catch (AccessDenied e) {
            if (e.status() == 404) {
                throw unknown.get();
            }
            throw e;
        }
    }

    /** The logged-in caller, for calls that name no ticket yet; 401 for anonymous callers. */
    public String userKey() {
        return loggedIn().getKey();
    }

    private Viewer viewer(ApplicationUser user, Issue issue) {
        boolean agent = serviceTeam.isAgent(user, issue);
        Locale locale = authentication.getLocale() == null ? Locale.ENGLISH : authentication.getLocale();
        return new Viewer(user.getKey(), issue.getKey(), locale, JiraZones.userZone(timeZones, user), agent);
    }

    private ApplicationUser loggedIn() {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            throw new AccessDenied(401, "Log in to see promises.", "logInPromises");
        }
        return user;
    }

    private Issue ticket(String ticketKey) {
        Issue issue = ticketKey == null ? null : issues.getIssueObject(ticketKey);
        if (issue == null) {
            throw notThere(ticketKey);
        }
        return issue;
    }

    private static AccessDenied notThere(String ticketKey) {
        return new AccessDenied(404, "There is no ticket " + ticketKey + " that you may see.", "noTicket",
                String.valueOf(ticketKey));
    }
}
