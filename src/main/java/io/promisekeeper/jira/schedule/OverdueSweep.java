package io.promisekeeper.jira.schedule;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.promisekeeper.core.activity.ActivityOutcome;
import io.promisekeeper.core.activity.TicketActivity;
import java.time.Clock;

/** The scheduled job that settles open promises past due (plus the grace period): kept if Jira's record says so, else broken. */
public final class OverdueSweep implements JobRunner {
    private final TicketActivity activity;
    private final Clock clock;

    public OverdueSweep(TicketActivity activity, Clock clock) {
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        if (request != null && request.isCancellationRequested()) {
            return JobRunnerResponse.aborted("cancelled before it started");
        }
        try {
            ActivityOutcome outcome = activity.breakOverdue(clock.instant());
            return JobRunnerResponse.success(outcome.kept().size() + " promises kept from the ticket's record, "
                    + outcome.broken().size() + " broken");
        } catch (RuntimeException | LinkageError e) {
            return JobRunnerResponse.failed(e);
        }
    }
}
