package io.promisekeeper.jira.schedule;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import java.time.Duration;
import org.slf4j.LoggerFactory;

/**
 * Keeps a job with a fixed id scheduled once per cluster at an interval. Asking again with the same interval
 * changes nothing, so every node may ask at start, and a job may ask after each run when its interval is a setting.
 */
public class IntervalJobs {
    private final SchedulerService scheduler;

    public IntervalJobs(SchedulerService scheduler) {
        this.scheduler = scheduler;
    }

    /** Schedules {@code job} to run {@code runner} every {@code interval}, unless it already does. */
    public void ensureEvery(JobId job, JobRunnerKey runner, Duration interval) {
        JobConfig wanted = JobConfig.forJobRunnerKey(runner)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(interval.toMillis(), null));
        JobDetails existing = scheduler.getJobDetails(job);
        if (existing != null && existing.getRunMode() == wanted.getRunMode()
                && wanted.getSchedule().equals(existing.getSchedule())) {
            return;
        }
        try {
            scheduler.scheduleJob(job, wanted);
        } catch (SchedulerServiceException e) {
            LoggerFactory.getLogger(IntervalJobs.class).error("Promise Keeper could not schedule {}", job, e);
        }
    }

    public SchedulerService scheduler() {
        return scheduler;
    }
}
