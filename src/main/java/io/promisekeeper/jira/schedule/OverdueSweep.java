package io.promisekeeper.jira.schedule;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.promisekeeper.core.activity.ActivityOutcome;
import io.promisekeeper.core.activity.TicketActivity;
import io.promisekeeper.core.MessageKey;
import java.time.Clock;
import java.util.function.Function;

/** The scheduled job that settles open promises past due (plus the grace period): kept if Jira's record says so, else broken. */
public final class OverdueSweep implements JobRunner {
    private final TicketActivity activity;
    private final Clock clock;
    private final Function<MessageKey, String> words;

    /** A job whose report is in English. */
    public OverdueSweep(TicketActivity activity, Clock clock) {
        this(activity, clock, null);
    }

    /** A job whose report {@code words} says in Jira's language; null for English. */
    public OverdueSweep(TicketActivity activity, Clock clock, Function<MessageKey, String> words) {
        this.activity = activity;
        this.clock = clock;
        this.words = words;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        if (request != null && request.isCancellationRequested()) {
            return JobRunnerResponse.aborted(words == null ? "cancelled before it started"
                    : words.apply(MessageKey.of("job.cancelled")));
        }
        try {
            ActivityOutcome outcome = activity.breakOverdue(clock.instant());
            String english = outcome.kept().size() + " promises kept from the ticket's record, "
                    + outcome.broken().size() + " broken";
            return JobRunnerResponse.success(words == null ? english
                    : words.apply(MessageKey.of("job.overdueSweep", outcome.kept().size(), outcome.broken().size())));
        } catch (RuntimeException | LinkageError e) {
            return JobRunnerResponse.failed(e);
        }
    }
}
