// Mirrors com.atlassian.scheduler:atlassian-scheduler-api 6.x (Jira 11.3), class com.atlassian.scheduler.config.JobId (members we call).
package com.atlassian.scheduler.config;

import java.io.Serializable;

/** Host surface: the id of a scheduled job. */
public final class JobId implements Serializable, Comparable<JobId> {
    private static final long serialVersionUID = 1L;
    private final String id;

    private JobId(String id) {
        this.id = id;
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public int compareTo(JobId o) {
        return id.compareTo(o.id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobId other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
