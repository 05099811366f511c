package io.promisekeeper.jira.access;

import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import java.time.ZoneId;
import java.util.TimeZone;
import java.util.function.Supplier;

/**
 * Jira's time zones: the default one (the same on every node) and the one JQL reads date literals in on the current
 * thread. Guarded: should a member be missing or answer nothing on some Jira, the JVM's zone stands in, which costs
 * a window's precision, never a page or a job.
 */
public final class JiraZones {
    private JiraZones() {
    }

    /** Jira's default user time zone. */
    public static ZoneId defaultZone(TimeZoneManager timeZones) {
        return guarded(timeZones::getDefaultTimezone);
    }

    /** The zone JQL reads dates in on this thread: the logged-in user's, or the default one in a job. */
    public static ZoneId jqlZone(TimeZoneManager timeZones) {
        return guarded(timeZones::getLoggedInUserTimeZone);
    }

    /** The zone {@code user} set in their profile, else Jira's default zone. */
    public static ZoneId userZone(TimeZoneManager timeZones, ApplicationUser user) {
        try {
            TimeZone z = timeZones.getTimeZoneforUser(user);
            return z == null ? defaultZone(timeZones) : z.toZoneId();
        } catch (RuntimeException | LinkageError unavailable) {
            return defaultZone(timeZones);
        }
    }

    private static ZoneId guarded(Supplier<TimeZone> zone) {
        try {
            TimeZone z = zone.get();
            return z == null ? ZoneId.systemDefault() : z.toZoneId();
        } catch (RuntimeException | LinkageError unavailable) {
            return ZoneId.systemDefault();
        }
    }
}
