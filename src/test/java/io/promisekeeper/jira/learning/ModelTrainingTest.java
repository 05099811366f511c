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
import io.promisekeeper.core.backtest.ForecastChoice;
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

            // 260 tickets train a model, but its validation holds too few breaches: stored, yet the timer decides.
            ModelTraining small = job(documents, tickets(260), clock);
            assertThat(small.runJob(mock(JobRunnerRequest.class)).getMessage())
                    .startsWith("trained on 260 of 260 resolved tickets; only ").endsWith(": using the timer");
            assertThat(documents.model().orElseThrow().version()).isEqualTo(1);
            ForecastStatus timer = new RiskForecasts(documents, (key, schema, until) -> Optional.empty(),
                    new FixedTimerForecast(0.2), clock).status();
            assertThat(timer.mode()).isEqualTo(ForecastStatus.Mode.FALLBACK);
            assertThat(timer.choice().reason()).isEqualTo(ForecastChoice.Reason.TOO_FEW_BREACHES);

            ModelTraining enough = job(documents, tickets(800), clock);
            assertThat(enough.runJob(mock(JobRunnerRequest.class)).getMessage())
                    .startsWith("trained on 800 of 800 resolved tickets; learnt forecast ")
                    .endsWith(": using the learnt forecast");
            assertThat(documents.model().orElseThrow().version()).as("a new version each night").isEqualTo(2);

            RiskForecasts otherNode = new RiskForecasts(documents, (key, schema, until) -> Optional.empty(),
                    new FixedTimerForecast(0.2), clock);
            ForecastStatus status = otherNode.status();
            assertThat(status.mode()).isEqualTo(ForecastStatus.Mode.MODEL);
            assertThat(status.trainedAt()).isEqualTo(NIGHT);
            assertThat(status.resolvedTickets()).isEqualTo(800);
            assertThat(status.choice().gain()).isGreaterThan(1.0);
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

    /** Resolved tickets with a signal: tickets that go to "Waiting" early take long, and "Low" ones longer. */
    private static ResolvedTickets tickets(int count) {
        return (Instant since, int limit, Consumer<TicketRecord> each) -> {
            Random random = new Random(3);
            int handed = 0;
            for (int i = 0; i < count && handed < limit; i++) {
                Instant opened = NIGHT.minus(Duration.ofDays(60)).plus(Duration.ofHours(3L * i));
                boolean waits = random.nextInt(4) == 0;
                boolean low = random.nextBoolean();
                Instant resolved = opened.plus(Duration.ofMinutes(60 + random.nextInt(600)
                        + (waits ? random.nextInt(3000) : 0) + (low ? random.nextInt(900) : 0)));
                List<FieldChange> changes = new java.util.ArrayList<>();
                changes.add(FieldChange.value(opened.plus(Duration.ofMinutes(30)), "status", "Open", "In Progress"));
                String last = "In Progress";
                if (waits) {
                    changes.add(FieldChange.value(opened.plus(Duration.ofMinutes(45)), "status", last, "Waiting"));
                    last = "Waiting";
                }
                changes.add(FieldChange.value(resolved, "status", last, "Resolved"));
                each.accept(new TicketRecord("HELP-" + (i + 1), "HELP", opened, resolved,
                        Map.of("status", "Resolved", "priority", low ? "Low" : "High"), changes));
                handed++;
            }
            return handed;
        };
    }
}
