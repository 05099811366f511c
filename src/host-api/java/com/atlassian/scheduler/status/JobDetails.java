// Mirrors com.atlassian.scheduler:atlassian-scheduler-api 6.x (Jira 11.3), interface com.atlassian.scheduler.status.JobDetails (members we call).
package com.atlassian.scheduler.status;

import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;

/** Host surface: a scheduled job as the scheduler knows it. */
public interface JobDetails {
    RunMode getRunMode();

    Schedule getSchedule();
}
