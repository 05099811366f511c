// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.user.util.UserManager (members we call).
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Host surface: Jira's user directory, to find the users the administrator names in the settings. */
public interface UserManager {
    /** The user with this key, or null. */
    ApplicationUser getUserByKey(String userKey);

    /** The user with this user name, or null. */
    ApplicationUser getUserByName(String userName);
}
