package io.promisekeeper.jira.schedule;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.promisekeeper.core.settings.ConfiguredNoticeRounds;
import io.promisekeeper.core.notice.NoticeRound;
import io.promisekeeper.core.notice.RoundReport;
import io.promisekeeper.core.MessageKey;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * The scheduled notice round: sweeps notices a stopped node left behind, then takes the promises due soon,
 * forecasts, evaluates the rules and sends, drafts or holds notices; then looks at tickets resolved long enough ago
 * for a follow-up rule. Afterwards it follows the interval the
 * administrator set, so a changed setting takes effect without a restart.
 */
public final class NoticeTick implements JobRunner {
    private final ConfiguredNoticeRounds rounds;
    private final IntervalJobs jobs;
    private final Clock clock;
    private final Function<MessageKey, String> words;

    /** A job whose report is in English. */
    public NoticeTick(ConfiguredNoticeRounds rounds, IntervalJobs jobs, Clock clock) {
        this(rounds, jobs, clock, null);
    }

    /** A job whose report {@code words} says in Jira's language; null for English. */
    public NoticeTick(ConfiguredNoticeRounds rounds, IntervalJobs jobs, Clock clock,
                      Function<MessageKey, String> words) {
        this.words = words;
        this.rounds = rounds;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        if (request != null && request.isCancellationRequested()) {
            return JobRunnerResponse.aborted(words == null ? "cancelled before it started"
                    : words.apply(MessageKey.of("job.cancelled")));
        }
        try {
            Instant now = clock.instant();
            NoticeRound round = rounds.get();
            RoundReport report = round.sweep(now).plus(round.tick(now)).plus(rounds.followUps(round, now));
            jobs.ensureEvery(PromiseJobs.NOTICE_JOB, PromiseJobs.NOTICE_RUNNER, rounds.interval());
            return JobRunnerResponse.success(words == null ? report.toString() : words.apply(report.message()));
        } catch (RuntimeException | LinkageError e) {
            return JobRunnerResponse.failed(e);
        }
    }

    /** Re-evaluates one ticket at once (a comment, a transition), on the caller's thread. */
    public void reevaluate(String ticketKey) {
        rounds.get().reevaluate(ticketKey, clock.instant());
    }
}
