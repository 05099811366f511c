package io.promisekeeper.cli.preview;

import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import java.time.ZoneId;
import java.util.TimeZone;

/** Every sample user lives in the service desk's own time zone. */
public final class PreviewTimeZones implements TimeZoneManager {
    private final ZoneId zone;

    public PreviewTimeZones(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public TimeZone getTimeZoneforUser(ApplicationUser user) {
        return TimeZone.getTimeZone(zone);
    }

    @Override
    public TimeZone getLoggedInUserTimeZone() {
        return TimeZone.getTimeZone(zone);
    }

    @Override
    public TimeZone getDefaultTimezone() {
        return TimeZone.getTimeZone(zone);
    }
}
