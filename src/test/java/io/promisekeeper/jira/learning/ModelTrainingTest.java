package io.promisekeeper.jira.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
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
import io.promisekeeper.core.forecast.ForecastTrainer;
import io.promisekeeper.core.learning.FieldChange;
import io.promisekeeper.core.learning.ForecastDocuments;
import io.promisekeeper.core.learning.ForecastStatus;
import io.promisekeeper.core.learning.ForecastTraining;
import io.promisekeeper.core.learning.ResolvedTickets;
import io.promisekeeper.core.learning.RiskForecasts;
import io.promisekeeper.core.learning.TicketRecord;
import io.promisekeeper.core.rules.FixedTimerForecast;
import io.promisekeeper.jira.store.ActiveObjectsConfigDocuments;
import io.promisekeeper.jira.store.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TimeZone;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ModelTrainingTest {
    private static final Instant NIGHT = Instant.parse("2026-03-01T02:30:00Z");
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final ModelTraining runner = mock(ModelTraining.class);

    @Test
    void theRunnerIsOnEveryNodeAndTheNightlyJobOncePerClusterUnderAFixedId() throws Exception {
        ForecastJobs jobs = new ForecastJobs(scheduler, runner, TimeZone.getTimeZone("Europe/Amsterdam"));
        jobs.start();
        verify(scheduler).registerJobRunner(ForecastJobs.TRAINING_RUNNER, runner);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(ForecastJobs.TRAINING_JOB), config.capture());
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(config.getValue().getSchedule()).isEqualTo(
                Schedule.forCronExpression("0 30 2 * * ?", TimeZone.getTimeZone("Europe/Amsterdam")));

        SchedulerService secondNode = mock(SchedulerService.class);
        JobDetails existing = mock(JobDetails.class);
        when(existing.getRunMode()).thenReturn(RunMode.RUN_ONCE_PER_CLUSTER);
        when(existing.getSchedule()).thenReturn(config.getValue().getSchedule());
        when(secondNode.getJobDetails(ForecastJobs.TRAINING_JOB)).thenReturn(existing);
        new ForecastJobs(secondNode, runner, TimeZone.getTimeZone("Europe/Amsterdam")).start();
        verify(secondNode).registerJobRunner(ForecastJobs.TRAINING_RUNNER, runner);
        verify(secondNode, never()).scheduleJob(any(), any());

        jobs.stop();
        verify(scheduler).unregisterJobRunner(ForecastJobs.TRAINING_RUNNER);
    }

    @Test
    void theNightlyRunStoresTheModelInTheDatabaseAndEveryNodeSwitchesToIt() {
        Clock clock = Clock.fixed(NIGHT, ZoneOffset.UTC);
        try (EntityManagerActiveObjects ao = TestDatabase.open()) {
            ForecastDocuments documents = new ForecastDocuments(new ActiveObjectsConfigDocuments(ao, clock));
            RiskForecasts node = new RiskForecasts(documents, (key, schema, until) -> Optional.empty(),
                    new FixedTimerForecast(0.2), clock);

            ModelTraining few = job(documents, tickets(40), clock);
            assertThat(few.runJob(mock(JobRunnerRequest.class)).getMessage())
                    .isEqualTo("not enough history yet: 40 usable resolved tickets, 200 needed");
            assertThat(node.status().reason()).isEqualTo("not enough history yet: 40 resolved tickets, 200 needed");

            ModelTraining enough = job(documents, tickets(260), clock);
            assertThat(enough.runJob(mock(JobRunnerRequest.class)).getMessage())
                    .isEqualTo("trained on 260 of 260 resolved tickets");
            assertThat(documents.model().orElseThrow().version()).isEqualTo(1);
            assertThat(enough.runJob(mock(JobRunnerRequest.class)).getMessage()).startsWith("trained on 260");
            assertThat(documents.model().orElseThrow().version()).as("a new version each night").isEqualTo(2);

            RiskForecasts otherNode = new RiskForecasts(documents, (key, schema, until) -> Optional.empty(),
                    new FixedTimerForecast(0.2), clock);
            ForecastStatus status = otherNode.status();
            assertThat(status.mode()).isEqualTo(ForecastStatus.Mode.MODEL);
            assertThat(status.trainedAt()).isEqualTo(NIGHT);
            assertThat(status.resolvedTickets()).isEqualTo(260);
        }
    }

    @Test
    void aFailingSourceFailsTheRunAndChangesNothing() {
        ResolvedTickets broken = (since, limit, each) -> {
            throw new IllegalStateException("index unavailable");
        };
        ForecastDocuments documents = mock(ForecastDocuments.class);
        ModelTraining job = job(documents, broken, Clock.fixed(NIGHT, ZoneOffset.UTC));
        assertThat(job.runJob(mock(JobRunnerRequest.class)).getMessage()).contains("index unavailable");
        verify(documents, never()).saveModel(any());
        verify(documents, never()).saveCheck(any());
    }

    private static ModelTraining job(ForecastDocuments documents, ResolvedTickets source, Clock clock) {
        return new ModelTraining(new ForecastTraining(source, documents,
                new ForecastTrainer(ForecastTrainer.Settings.standard()), clock));
    }

    /** Resolved tickets with a signal: "slow" tickets take long. */
    private static ResolvedTickets tickets(int count) {
        return (Instant since, int limit, Consumer<TicketRecord> each) -> {
            Random random = new Random(3);
            int handed = 0;
            for (int i = 0; i < count && handed < limit; i++) {
                Instant opened = NIGHT.minus(Duration.ofDays(60)).plus(Duration.ofHours(3L * i));
                boolean slow = random.nextBoolean();
                Instant resolved = opened.plus(Duration.ofMinutes(60 + random.nextInt(slow ? 3000 : 600)));
                each.accept(new TicketRecord("HELP-" + (i + 1), "HELP", opened, resolved,
                        Map.of("status", "Resolved", "priority", slow ? "Low" : "High"),
                        List.of(FieldChange.value(opened.plus(Duration.ofMinutes(30)), "status", "Open", "In Progress"),
                                FieldChange.value(resolved, "status", "In Progress", "Resolved"))));
                handed++;
            }
            return handed;
        };
    }
}
