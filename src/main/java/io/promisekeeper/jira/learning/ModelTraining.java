package io.promisekeeper.jira.learning;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.promisekeeper.core.learning.ForecastTraining;
import java.util.function.Function;

/** The nightly job that trains the lateness forecast on the resolved tickets and stores it for every node. */
public final class ModelTraining implements JobRunner {
    private final ForecastTraining training;
    private final Function<ForecastTraining.Outcome, String> words;

    /** A job whose report is in English. */
    public ModelTraining(ForecastTraining training) {
        this(training, ForecastTraining.Outcome::summary);
    }

    /** A job whose report {@code words} says (in Jira's language: see {@link TrainingReport}). */
    public ModelTraining(ForecastTraining training, Function<ForecastTraining.Outcome, String> words) {
        this.training = training;
        this.words = words;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        if (request != null && request.isCancellationRequested()) {
            return JobRunnerResponse.aborted("cancelled before it started");
        }
        try {
            return JobRunnerResponse.success(words.apply(training.run()));
        } catch (RuntimeException | LinkageError e) {
            return JobRunnerResponse.failed(e);
        }
    }
}
