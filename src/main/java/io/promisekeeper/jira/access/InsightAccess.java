package io.promisekeeper.jira.access;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.promisekeeper.core.settings.AdminConfiguration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Who may see insight figures. A service project's: its project administrators, members of a lead group the
 * Jira administrator named in the insight settings who may browse the project, and Jira administrators. Across projects: Jira administrators
 * only. Anonymous callers get 401, others 403, unknown projects 404.
 */
public class InsightAccess {
    private final JiraAuthenticationContext authentication;
    private final UserManager users;
    private final PermissionManager permissions;
    private final ProjectManager projects;
    private final TimeZoneManager timeZones;
    private final AdminConfiguration configuration;

    public InsightAccess(JiraAuthenticationContext authentication, UserManager users, PermissionManager permissions,
                         ProjectManager projects, TimeZoneManager timeZones, AdminConfiguration configuration) {
        this.authentication = authentication;
        this.users = users;
        this.permissions = permissions;
        this.projects = projects;
        this.timeZones = timeZones;
        this.configuration = configuration;
    }

    /** The caller, allowed to see the figures of {@code projectKey}, or {@link AccessDenied}. */
    public InsightViewer project(String projectKey) {
        ApplicationUser user = loggedIn();
        Project project = projectKey == null || projectKey.isBlank() ? null : projects.getProjectObjByKey(projectKey);
        if (project == null) {
            throw new AccessDenied(404, "There is no project " + projectKey + ".", "noProject", String.valueOf(projectKey));
        }
        UserKey key = new UserKey(user.getKey());
        boolean admin = users.isAdmin(key);
        // A lead sees a project's figures only where they may browse it: the group grants insight, not access.
        if (!admin && !permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, user)
                && !(inLeadGroup(key) && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user))) {
            throw new AccessDenied(403, "Only administrators of " + project.getKey()
                    + ", members of its lead groups and Jira administrators may see its insight.", "insightProjectOnly",
                    project.getKey());
        }
        return viewer(user, Map.of(project.getKey(), name(project)), admin);
    }

    /** The caller, allowed to see every project's figures (a Jira administrator), or {@link AccessDenied}. */
    public InsightViewer allProjects() {
        ApplicationUser user = loggedIn();
        if (!users.isAdmin(new UserKey(user.getKey()))) {
            throw new AccessDenied(403, "Only Jira administrators may see insight across projects.", "insightAllOnly");
        }
        Map<String, String> all = new LinkedHashMap<>();
        for (Project p : projects.getProjectObjects()) {
            all.put(p.getKey(), name(p));
        }
        return viewer(user, all, true);
    }

    /** The calling Jira administrator's key, for reading or changing the insight settings, or {@link AccessDenied}. */
    public String administrator() {
        ApplicationUser user = loggedIn();
        if (!users.isAdmin(new UserKey(user.getKey()))) {
            throw new AccessDenied(403, "Only Jira administrators may change who sees insight.", "insightSettingsOnly");
        }
        return user.getKey();
    }

    private boolean inLeadGroup(UserKey key) {
        for (String group : configuration.insight().value().leadGroups()) {
            if (users.isUserInGroup(key, group)) {
                return true;
            }
        }
        return false;
    }

    private static String name(Project p) {
        return p.getName() == null || p.getName().isBlank() ? p.getKey() : p.getName();
    }

    private InsightViewer viewer(ApplicationUser user, Map<String, String> visible, boolean admin) {
        Locale locale = authentication.getLocale() == null ? Locale.ENGLISH : authentication.getLocale();
        return new InsightViewer(user.getKey(), visible, locale, JiraZones.userZone(timeZones, user), admin);
    }

    private ApplicationUser loggedIn() {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            throw new AccessDenied(401, "Log in to see insight.", "logInInsight");
        }
        return user;
    }
}
