// Mirrors com.atlassian.scheduler:atlassian-scheduler-api 6.x (Jira 11.3), class com.atlassian.scheduler.config.JobRunnerKey (members we call).
package com.atlassian.scheduler.config;

import java.io.Serializable;

/** Host surface: the key a job runner is registered under. */
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {
    private static final long serialVersionUID = 1L;
    private final String id;

    private JobRunnerKey(String id) {
        this.id = id;
    }

    public static JobRunnerKey of(String id) {
        return new JobRunnerKey(id);
    }

    @Override
    public int compareTo(JobRunnerKey o) {
        return id.compareTo(o.id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobRunnerKey other && other.id.equals(id);
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
