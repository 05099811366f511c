// Mirrors com.atlassian.scheduler:atlassian-scheduler-api 6.x (Jira 11.3), class com.atlassian.scheduler.config.Schedule (members we call).
package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;

/** Host surface: when a job runs. */
public final class Schedule {
    private final long intervalInMillis;
    private final Date firstRunTime;
    private final String cronExpression;
    private final java.util.TimeZone timeZone;

    private Schedule(long intervalInMillis, Date firstRunTime, String cronExpression, java.util.TimeZone timeZone) {
        this.intervalInMillis = intervalInMillis;
        this.firstRunTime = firstRunTime;
        this.cronExpression = cronExpression;
        this.timeZone = timeZone;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(intervalInMillis, firstRunTime, null, null);
    }

    public static Schedule forCronExpression(String cronExpression, java.util.TimeZone timeZone) {
        return new Schedule(0, null, cronExpression, timeZone);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule s && s.intervalInMillis == intervalInMillis && Objects.equals(s.firstRunTime, firstRunTime)
                && Objects.equals(s.cronExpression, cronExpression) && Objects.equals(s.timeZone, timeZone);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(intervalInMillis);
    }

    @Override
    public String toString() {
        return cronExpression != null ? "cron " + cronExpression : "every " + intervalInMillis + " ms";
    }
}
