// Mirrors com.atlassian.scheduler:atlassian-scheduler-api 6.x (Jira 11.3), interface com.atlassian.scheduler.JobRunnerRequest (members we call).
package com.atlassian.scheduler;

import java.util.Date;

/** Host surface: one run of a job. */
public interface JobRunnerRequest {
    Date getStartTime();

    boolean isCancellationRequested();
}
