// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.security.JiraAuthenticationContext (members we call).
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

/** Host surface: the user of the current request and their locale. */
public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    Locale getLocale();
}
