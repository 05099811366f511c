package io.promisekeeper.jira.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import io.promisekeeper.standin.EntityManagerActiveObjects;
import io.promisekeeper.core.activity.TicketActivity;
import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.DuePhrases;
import io.promisekeeper.core.calendar.SingleCalendar;
import io.promisekeeper.core.detect.PromiseDetector;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseEvents;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSource;
import io.promisekeeper.core.promise.PromiseStatus;
import io.promisekeeper.jira.store.ActiveObjectsPromiseStore;
import io.promisekeeper.jira.store.ActiveObjectsSuggestionStore;
import io.promisekeeper.jira.store.ActiveObjectsUnitOfWork;
import io.promisekeeper.jira.store.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class PromiseJobsTest {
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final OverdueSweep sweep = mock(OverdueSweep.class);

    private final NoticeTick tick = mock(NoticeTick.class);
    private final io.promisekeeper.core.settings.ConfiguredNoticeRounds rounds =
            mock(io.promisekeeper.core.settings.ConfiguredNoticeRounds.class);

    PromiseJobsTest() {
        when(rounds.interval()).thenReturn(Duration.ofMinutes(7));
    }

    @Test
    void runnersAreRegisteredOnEveryNodeAndJobsScheduledOncePerClusterUnderFixedIds() throws Exception {
        PromiseJobs jobs = new PromiseJobs(new IntervalJobs(scheduler), sweep, tick, rounds);
        jobs.start();
        verify(scheduler).registerJobRunner(PromiseJobs.OVERDUE_RUNNER, sweep);
        verify(scheduler).registerJobRunner(PromiseJobs.NOTICE_RUNNER, tick);
        ArgumentCaptor<JobConfig> overdue = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(org.mockito.ArgumentMatchers.eq(PromiseJobs.OVERDUE_JOB), overdue.capture());
        assertThat(overdue.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(overdue.getValue().getJobRunnerKey()).isEqualTo(PromiseJobs.OVERDUE_RUNNER);
        ArgumentCaptor<JobConfig> notices = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(org.mockito.ArgumentMatchers.eq(PromiseJobs.NOTICE_JOB), notices.capture());
        assertThat(notices.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(notices.getValue().getSchedule())
                .as("the interval the administrator set").isEqualTo(Schedule.forInterval(7 * 60_000L, null));

        jobs.stop();
        verify(scheduler).unregisterJobRunner(PromiseJobs.OVERDUE_RUNNER);
        verify(scheduler).unregisterJobRunner(PromiseJobs.NOTICE_RUNNER);
    }

    @Test
    void aSecondNodeFindsTheJobsAlreadyScheduledAndLeavesThemAlone() throws Exception {
        new PromiseJobs(new IntervalJobs(scheduler), sweep, tick, rounds).start();
        ArgumentCaptor<com.atlassian.scheduler.config.JobId> ids =
                ArgumentCaptor.forClass(com.atlassian.scheduler.config.JobId.class);
        ArgumentCaptor<JobConfig> configs = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler, org.mockito.Mockito.times(2)).scheduleJob(ids.capture(), configs.capture());
        SchedulerService secondNode = mock(SchedulerService.class);
        for (int i = 0; i < 2; i++) {
            JobDetails existing = mock(JobDetails.class);
            when(existing.getRunMode()).thenReturn(configs.getAllValues().get(i).getRunMode());
            when(existing.getSchedule()).thenReturn(configs.getAllValues().get(i).getSchedule());
            when(secondNode.getJobDetails(ids.getAllValues().get(i))).thenReturn(existing);
        }
        new PromiseJobs(new IntervalJobs(secondNode), sweep, tick, rounds).start();
        verify(secondNode).registerJobRunner(PromiseJobs.OVERDUE_RUNNER, sweep);
        verify(secondNode).registerJobRunner(PromiseJobs.NOTICE_RUNNER, tick);
        verify(secondNode, never()).scheduleJob(any(), any());
    }

    @Test
    void theSweepBreaksOpenPromisesPastDueAndGraceOnARealStore() {
        Instant now = Instant.parse("2026-03-04T12:00:00Z");
        try (EntityManagerActiveObjects ao = TestDatabase.open()) {
            ActiveObjectsPromiseStore store = new ActiveObjectsPromiseStore(ao);
            Promise late = store.create(promise("HELP-1", now.minus(Duration.ofHours(2))));
            Promise inGrace = store.create(promise("HELP-1", now.minus(Duration.ofMinutes(5))));
            Promise ahead = store.create(promise("HELP-2", now.plus(Duration.ofHours(2))));
            TicketActivity activity = new TicketActivity(store, new ActiveObjectsSuggestionStore(ao),
                    new SingleCalendar(BusinessCalendar.weekdays("default", ZoneId.of("UTC"), 9, 17, Set.of())),
                    new PromiseDetector(new DuePhrases()), new PromiseEvents(), new ActiveObjectsUnitOfWork(ao),
                    Duration.ofMinutes(15));
            OverdueSweep job = new OverdueSweep(activity, Clock.fixed(now, ZoneOffset.UTC));
            assertThat(job.runJob(mock(JobRunnerRequest.class)).getMessage()).isEqualTo("0 promises kept from the ticket's record, 1 broken");
            assertThat(store.find(late.id()).orElseThrow().status()).isEqualTo(PromiseStatus.BROKEN);
            assertThat(store.find(inGrace.id()).orElseThrow().status()).isEqualTo(PromiseStatus.OPEN);
            assertThat(store.find(ahead.id()).orElseThrow().status()).isEqualTo(PromiseStatus.OPEN);
            assertThat(job.runJob(mock(JobRunnerRequest.class)).getMessage()).as("idempotent").isEqualTo("0 promises kept from the ticket's record, 0 broken");
        }
    }

    private static Promise promise(String ticket, Instant due) {
        return Promise.open(ticket, "update the customer", PromiseKind.UPDATE, due, "default", "agent",
                due.minus(Duration.ofDays(1)), Channel.EMAIL, PromiseSource.AGENT);
    }
}
