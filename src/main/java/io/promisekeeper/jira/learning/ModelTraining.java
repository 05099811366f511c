package io.promisekeeper.jira.learning;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.promisekeeper.core.learning.ForecastTraining;

/** The nightly job that trains the lateness forecast on the resolved tickets and stores it for every node. */
public final class ModelTraining implements JobRunner {
    private final ForecastTraining training;

    public ModelTraining(ForecastTraining training) {
        this.training = training;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        if (request != null && request.isCancellationRequested()) {
            return JobRunnerResponse.aborted("cancelled before it started");
        }
        try {
            return JobRunnerResponse.success(training.run().summary());
        } catch (RuntimeException | LinkageError e) {
            return JobRunnerResponse.failed(e);
        }
    }
}
