// Mirrors com.atlassian.scheduler:atlassian-scheduler-api 6.x (Jira 11.3), interface com.atlassian.scheduler.JobRunner.
package com.atlassian.scheduler;

/** Host surface: the code a scheduled job runs. */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
