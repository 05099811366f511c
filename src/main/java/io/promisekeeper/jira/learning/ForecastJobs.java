package io.promisekeeper.jira.learning;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import java.util.TimeZone;
import org.slf4j.LoggerFactory;

/**
 * Schedules the nightly model training the way {@code PromiseJobs} schedules the overdue sweep: the runner on every
 * node while the plugin runs, the job once per cluster under a fixed id, left alone when already scheduled so.
 */
public final class ForecastJobs {
    public static final JobRunnerKey TRAINING_RUNNER =
            JobRunnerKey.of("io.promisekeeper.promise-keeper-jsm:model-training");
    public static final JobId TRAINING_JOB = JobId.of("io.promisekeeper.promise-keeper-jsm:model-training-job");
    /** 02:30 every night, server time: after midnight's housekeeping, well before the working day. */
    static final String NIGHTLY = "0 30 2 * * ?";

    private final SchedulerService scheduler;
    private final ModelTraining training;
    private final TimeZone serverZone;

    public ForecastJobs(SchedulerService scheduler, ModelTraining training, TimeZone serverZone) {
        this.scheduler = scheduler;
        this.training = training;
        this.serverZone = serverZone;
    }

    public void start() {
        scheduler.registerJobRunner(TRAINING_RUNNER, training);
        JobConfig wanted = JobConfig.forJobRunnerKey(TRAINING_RUNNER)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forCronExpression(NIGHTLY, serverZone));
        JobDetails existing = scheduler.getJobDetails(TRAINING_JOB);
        if (existing != null && existing.getRunMode() == wanted.getRunMode()
                && wanted.getSchedule().equals(existing.getSchedule())) {
            return;
        }
        try {
            scheduler.scheduleJob(TRAINING_JOB, wanted);
        } catch (SchedulerServiceException e) {
            LoggerFactory.getLogger(ForecastJobs.class).error("Promise Keeper could not schedule its model training", e);
        }
    }

    public void stop() {
        // The job stays scheduled for the cluster; only this node's runner goes away with the plugin.
        scheduler.unregisterJobRunner(TRAINING_RUNNER);
    }
}
