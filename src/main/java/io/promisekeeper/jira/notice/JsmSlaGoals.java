package io.promisekeeper.jira.notice;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.sla.info.SlaInformation;
import com.atlassian.servicedesk.api.sla.info.SlaInformationCompletedCycle;
import com.atlassian.servicedesk.api.sla.info.SlaInformationOngoingCycle;
import com.atlassian.servicedesk.api.sla.info.SlaInformationService;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import com.atlassian.servicedesk.api.util.paging.SimplePagedRequest;
import io.promisekeeper.core.rules.SlaGoal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a request's JSM SLA goals as the rules see them. Reading is best effort: rules about SLAs must not stop the
 * rest of a notice round, so any failure (not a service project, no agent permission, JSM down) yields no goals and
 * one log line naming only the ticket key.
 */
public final class JsmSlaGoals {
    private static final Logger LOG = LoggerFactory.getLogger(JsmSlaGoals.class);
    /** JSM's own page size cap; a request with more SLAs than a few pages of this is a misconfiguration. */
    static final int PAGE_SIZE = 50;
    static final int MAX_PAGES = 10;
    /** A breached goal whose remaining time JSM reports as zero still has to read as overdue. */
    private static final Duration JUST_BREACHED = Duration.ofMillis(-1);

    private final SlaInformationService slas;

    public JsmSlaGoals(SlaInformationService slas) {
        this.slas = Objects.requireNonNull(slas, "slas");
    }

    /**
     * The ticket's SLA goals read as {@code reader}, who must be an agent of the service project (JSM checks).
     * Goals that have not started a cycle yet are left out: they are neither running nor done.
     */
    public List<SlaGoal> of(Issue issue, ApplicationUser reader) {
        if (issue == null) {
            return List.of();
        }
        if (reader == null) {
            LOG.info("Promise Keeper reads no SLA goals of {}: nobody to read them as", issue.getKey());
            return List.of();
        }
        try {
            List<SlaGoal> goals = new ArrayList<>();
            for (int page = 0; page < MAX_PAGES; page++) {
                PagedResponse<SlaInformation> response = slas.getInfo(reader, slas.newInfoQueryBuilder()
                        .issue(issue.getId())
                        .pagedRequest(new SimplePagedRequest(page * PAGE_SIZE, PAGE_SIZE))
                        .build());
                if (response == null) {
                    break;
                }
                for (SlaInformation sla : response.getResults()) {
                    goal(sla).ifPresent(goals::add);
                }
                if (!response.hasNextPage()) {
                    break;
                }
            }
            return List.copyOf(goals);
        } catch (RuntimeException | LinkageError e) {
            // The exception's message may quote the request, so only its type is logged.
            LOG.warn("Promise Keeper could not read the SLA goals of {} ({}); rules see none",
                    issue.getKey(), e.getClass().getSimpleName());
            return List.of();
        }
    }

    private static Optional<SlaGoal> goal(SlaInformation sla) {
        String name = sla.getName();
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Optional<SlaInformationOngoingCycle> ongoing = sla.getOngoingCycle();
        if (ongoing != null && ongoing.isPresent()) {
            SlaInformationOngoingCycle cycle = ongoing.get();
            return remaining(cycle.getRemainingTime(), cycle.getGoalDuration(), cycle.getElapsedTime(),
                    cycle.getBreached())
                    .map(left -> new SlaGoal(name, left, cycle.getPaused(), false));
        }
        List<SlaInformationCompletedCycle> completed = sla.getCompletedCycles();
        if (completed == null || completed.isEmpty()) {
            return Optional.empty();
        }
        // A goal can restart (reopened request); its latest finished cycle is the one that counts.
        SlaInformationCompletedCycle last = completed.stream()
                .filter(Objects::nonNull)
                .max(Comparator.comparing(SlaInformationCompletedCycle::getStopTime,
                        Comparator.nullsFirst(Comparator.<Instant>naturalOrder())))
                .orElse(null);
        if (last == null) {
            return Optional.empty();
        }
        return remaining(last.getRemainingTime(), last.getGoalDuration(), last.getElapsedTime(), last.getBreached())
                .map(left -> new SlaGoal(name, left, false, true));
    }

    /** JSM's remaining time, or goal minus elapsed when it gives none; never positive once JSM says breached. */
    private static Optional<Duration> remaining(Long remainingMillis, Long goalMillis, Long elapsedMillis,
                                                boolean breached) {
        Duration left;
        if (remainingMillis != null) {
            left = Duration.ofMillis(remainingMillis);
        } else if (goalMillis != null && elapsedMillis != null) {
            left = Duration.ofMillis(goalMillis - elapsedMillis);
        } else {
            return Optional.empty();
        }
        if (breached && !left.isNegative()) {
            left = JUST_BREACHED;
        }
        return Optional.of(left);
    }
}
