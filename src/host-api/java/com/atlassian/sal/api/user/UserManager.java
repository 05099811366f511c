// Mirrors com.atlassian.sal:sal-api 7.x (Jira 11.3), interface com.atlassian.sal.api.user.UserManager (members we call).
package com.atlassian.sal.api.user;

/** Host surface: who is calling, and what they are. */
public interface UserManager {
    UserKey getRemoteUserKey();

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);

    boolean isLicensed(UserKey userKey);

    UserProfile getUserProfile(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);
}
