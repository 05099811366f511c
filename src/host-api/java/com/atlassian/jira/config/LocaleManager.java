// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.config.LocaleManager (members we call).
package com.atlassian.jira.config;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

/** Host surface: the language a user reads Jira (and JSM's mails) in. */
public interface LocaleManager {
    Locale getLocaleFor(ApplicationUser user);
}
