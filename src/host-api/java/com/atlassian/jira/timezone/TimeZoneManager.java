// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.timezone.TimeZoneManager (members we call).
package com.atlassian.jira.timezone;

import com.atlassian.jira.user.ApplicationUser;
import java.util.TimeZone;

/** Host surface: a user's time zone (the lower-case "f" is Jira's own spelling). */
public interface TimeZoneManager {
    TimeZone getTimeZoneforUser(ApplicationUser user);

    /**
     * The zone JQL date literals are read in on this thread (the default zone without a logged-in user). Source: the
     * TimeZoneManager javadoc (docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/timezone/
     * TimeZoneManager.html) and Jira's own LocalDateSupport/JqlDateSupport, which read JQL dates in this zone.
     */
    TimeZone getLoggedInUserTimeZone();

    /**
     * Jira's default user time zone, the same on every node. Source: the TimeZoneManager javadoc (above) and public
     * Jira plugins that pass it to the scheduler's cron schedules.
     */
    TimeZone getDefaultTimezone();
}
