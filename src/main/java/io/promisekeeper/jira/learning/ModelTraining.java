package io.promisekeeper.jira.learning;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.promisekeeper.core.learning.ForecastTraining;

/** The nightly job that trains the lateness forecast on the resolved tickets and stores it for every node. */
public final class ModelTraining implements JobRunner {
    private final ForecastTraining training;
    private final TrainingReport words;

    /** A job whose report is in English. */
    public ModelTraining(ForecastTraining training) {
        this(training, null);
    }

    /** A job whose report {@code words} says in Jira's language; null for English. */
    public ModelTraining(ForecastTraining training, TrainingReport words) {
        this.training = training;
        this.words = words;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        if (request != null && request.isCancellationRequested()) {
            return JobRunnerResponse.aborted(words == null ? "cancelled before it started" : words.cancelled());
        }
        try {
            ForecastTraining.Outcome outcome = training.run();
            return JobRunnerResponse.success(words == null ? outcome.summary() : words.apply(outcome));
        } catch (RuntimeException | LinkageError e) {
            return JobRunnerResponse.failed(e);
        }
    }
}
