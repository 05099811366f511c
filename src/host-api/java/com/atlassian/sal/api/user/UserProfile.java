// Mirrors com.atlassian.sal:sal-api 7.x (Jira 11.3), interface com.atlassian.sal.api.user.UserProfile (members we call).
package com.atlassian.sal.api.user;

/** Host surface: a user's public profile. */
public interface UserProfile {
    UserKey getUserKey();

    String getFullName();
}
