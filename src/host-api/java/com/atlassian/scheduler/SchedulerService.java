// Mirrors com.atlassian.scheduler:atlassian-scheduler-api 6.x (Jira 11.3), interface com.atlassian.scheduler.SchedulerService (members we call).
package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.status.JobDetails;

/** Host surface: the cluster-wide scheduler. */
public interface SchedulerService {
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    JobDetails getJobDetails(JobId jobId);
}
