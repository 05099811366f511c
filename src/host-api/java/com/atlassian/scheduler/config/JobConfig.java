// Mirrors com.atlassian.scheduler:atlassian-scheduler-api 6.x (Jira 11.3), class com.atlassian.scheduler.config.JobConfig (members we call).
package com.atlassian.scheduler.config;

import java.util.Objects;

/** Host surface: what a job runs, where and when. */
public final class JobConfig {
    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
        this.jobRunnerKey = jobRunnerKey;
        this.runMode = runMode;
        this.schedule = schedule;
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, null);
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    public JobConfig withRunMode(RunMode mode) {
        return new JobConfig(jobRunnerKey, mode, schedule);
    }

    public JobConfig withSchedule(Schedule newSchedule) {
        return new JobConfig(jobRunnerKey, runMode, newSchedule);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobConfig c && c.jobRunnerKey.equals(jobRunnerKey) && c.runMode == runMode
                && Objects.equals(c.schedule, schedule);
    }

    @Override
    public int hashCode() {
        return jobRunnerKey.hashCode();
    }
}
