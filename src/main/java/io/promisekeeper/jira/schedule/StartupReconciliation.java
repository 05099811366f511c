package io.promisekeeper.jira.schedule;

import io.promisekeeper.core.activity.ActivityOutcome;
import io.promisekeeper.core.activity.TicketActivity;
import io.promisekeeper.jira.event.TicketWorkQueue;
import java.time.Clock;
import org.slf4j.LoggerFactory;

/**
 * When the plugin starts on a node (enabled, upgraded, the node restarted), keeps the promises Jira's record shows
 * were kept while the app was away or its queued events were discarded. Runs on the bounded work queue, so starting
 * the plugin never waits for it; several nodes doing it at once settle each promise once (the store's version).
 */
public final class StartupReconciliation {
    private final TicketActivity activity;
    private final TicketWorkQueue queue;
    private final Clock clock;

    public StartupReconciliation(TicketActivity activity, TicketWorkQueue queue, Clock clock) {
        this.activity = activity;
        this.queue = queue;
        this.clock = clock;
    }

    /** Called by Spring when the plugin starts. */
    public void start() {
        queue.submit(() -> {
            try {
                ActivityOutcome outcome = activity.reconcile(clock.instant());
                LoggerFactory.getLogger(StartupReconciliation.class)
                        .info("Promise Keeper kept {} promises from Jira's record at start", outcome.kept().size());
            } catch (RuntimeException e) {
                // The overdue sweep still consults the record before breaking anything; only this catch-up is lost.
                LoggerFactory.getLogger(StartupReconciliation.class)
                        .warn("Promise Keeper could not reconcile promises with Jira at start: {}", e.toString());
            }
        });
    }
}
