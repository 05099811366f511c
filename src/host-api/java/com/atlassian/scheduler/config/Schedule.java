// Mirrors com.atlassian.scheduler:atlassian-scheduler-api 6.x (Jira 11.3), class com.atlassian.scheduler.config.Schedule (members we call).
package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;

/** Host surface: when a job runs. */
public final class Schedule {
    private final long intervalInMillis;
    private final Date firstRunTime;

    private Schedule(long intervalInMillis, Date firstRunTime) {
        this.intervalInMillis = intervalInMillis;
        this.firstRunTime = firstRunTime;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(intervalInMillis, firstRunTime);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule s && s.intervalInMillis == intervalInMillis && Objects.equals(s.firstRunTime, firstRunTime);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(intervalInMillis);
    }

    @Override
    public String toString() {
        return "every " + intervalInMillis + " ms";
    }
}
