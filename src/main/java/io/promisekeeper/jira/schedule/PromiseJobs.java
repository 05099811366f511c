package io.promisekeeper.jira.schedule;

import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import io.promisekeeper.core.settings.ConfiguredNoticeRounds;
import java.time.Duration;

/**
 * The app's scheduled jobs. Every node registers the runners when the plugin starts (any node may be picked to
 * run a job) and unregisters them when the plugin stops; each job has a fixed id and runs once per cluster, so
 * scheduling it again from another node changes nothing.
 */
public final class PromiseJobs {
    public static final JobRunnerKey OVERDUE_RUNNER = JobRunnerKey.of("io.promisekeeper.promise-keeper-jsm:overdue-sweep");
    public static final JobId OVERDUE_JOB = JobId.of("io.promisekeeper.promise-keeper-jsm:overdue-sweep-job");
    public static final JobRunnerKey NOTICE_RUNNER = JobRunnerKey.of("io.promisekeeper.promise-keeper-jsm:notice-round");
    public static final JobId NOTICE_JOB = JobId.of("io.promisekeeper.promise-keeper-jsm:notice-round-job");
    static final Duration OVERDUE_INTERVAL = Duration.ofMinutes(5);

    private final IntervalJobs jobs;
    private final OverdueSweep overdueSweep;
    private final NoticeTick noticeTick;
    private final ConfiguredNoticeRounds rounds;

    public PromiseJobs(IntervalJobs jobs, OverdueSweep overdueSweep, NoticeTick noticeTick, ConfiguredNoticeRounds rounds) {
        this.jobs = jobs;
        this.overdueSweep = overdueSweep;
        this.noticeTick = noticeTick;
        this.rounds = rounds;
    }

    public void start() {
        jobs.scheduler().registerJobRunner(OVERDUE_RUNNER, overdueSweep);
        jobs.scheduler().registerJobRunner(NOTICE_RUNNER, noticeTick);
        jobs.ensureEvery(OVERDUE_JOB, OVERDUE_RUNNER, OVERDUE_INTERVAL);
        jobs.ensureEvery(NOTICE_JOB, NOTICE_RUNNER, noticeInterval());
    }

    public void stop() {
        // The jobs stay scheduled for the cluster; only this node's runners go away with the plugin.
        jobs.scheduler().unregisterJobRunner(OVERDUE_RUNNER);
        jobs.scheduler().unregisterJobRunner(NOTICE_RUNNER);
    }

    private Duration noticeInterval() {
        try {
            return rounds.interval();
        } catch (RuntimeException | LinkageError unreadable) {
            // Starting the plugin must not fail over a setting; the default interval applies until it is readable.
            return Duration.ofMinutes(5);
        }
    }
}
