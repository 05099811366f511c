// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.timezone.TimeZoneManager (members we call).
package com.atlassian.jira.timezone;

import com.atlassian.jira.user.ApplicationUser;
import java.util.TimeZone;

/** Host surface: a user's time zone (the lower-case "f" is Jira's own spelling). */
public interface TimeZoneManager {
    TimeZone getTimeZoneforUser(ApplicationUser user);
}
