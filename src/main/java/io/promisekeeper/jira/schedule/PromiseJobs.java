package io.promisekeeper.jira.schedule;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import java.time.Duration;
import java.util.Date;
import org.slf4j.LoggerFactory;

/**
 * The app's scheduled jobs. Every node registers the runner when the plugin starts (any node may be picked to
 * run it) and unregisters it when the plugin stops; the job itself has a fixed id and runs once per cluster,
 * so scheduling it again from another node changes nothing.
 */
public final class PromiseJobs {
    public static final JobRunnerKey OVERDUE_RUNNER = JobRunnerKey.of("io.promisekeeper.promise-keeper-jsm:overdue-sweep");
    public static final JobId OVERDUE_JOB = JobId.of("io.promisekeeper.promise-keeper-jsm:overdue-sweep-job");
    static final Duration OVERDUE_INTERVAL = Duration.ofMinutes(5);

    private final SchedulerService scheduler;
    private final JobRunner overdueSweep;

    public PromiseJobs(SchedulerService scheduler, OverdueSweep overdueSweep) {
        this.scheduler = scheduler;
        this.overdueSweep = overdueSweep;
    }

    public void start() {
        scheduler.registerJobRunner(OVERDUE_RUNNER, overdueSweep);
        JobConfig wanted = JobConfig.forJobRunnerKey(OVERDUE_RUNNER)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(OVERDUE_INTERVAL.toMillis(), null));
        JobDetails existing = scheduler.getJobDetails(OVERDUE_JOB);
        if (existing != null && existing.getRunMode() == wanted.getRunMode()
                && wanted.getSchedule().equals(existing.getSchedule())) {
            return;
        }
        try {
            scheduler.scheduleJob(OVERDUE_JOB, wanted);
        } catch (SchedulerServiceException e) {
            LoggerFactory.getLogger(PromiseJobs.class).error("Promise Keeper could not schedule its overdue sweep", e);
        }
    }

    public void stop() {
        // The job stays scheduled for the cluster; only this node's runner goes away with the plugin.
        scheduler.unregisterJobRunner(OVERDUE_RUNNER);
    }
}
