package io.promisekeeper.jira.event;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import io.promisekeeper.core.activity.TicketEvent;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens to Jira issue events. On Jira's thread it only filters by event type and queues the event; the
 * translation (which may ask JSM about a comment) and the domain's work run on the bounded work queue.
 */
public final class TicketEventListener {
    private static final Logger LOG = LoggerFactory.getLogger(TicketEventListener.class);

    private final EventPublisher eventPublisher;
    private final IssueEventTranslation translation;
    private final TicketWorkQueue workQueue;
    private final Consumer<TicketEvent> activity;

    public TicketEventListener(EventPublisher eventPublisher, IssueEventTranslation translation,
                               TicketWorkQueue workQueue, Consumer<TicketEvent> activity) {
        this.eventPublisher = eventPublisher;
        this.translation = translation;
        this.workQueue = workQueue;
        this.activity = activity;
    }

    /** Called by Spring when the plugin starts. */
    public void start() {
        eventPublisher.register(this);
    }

    /** Called by Spring when the plugin stops, so a disabled plugin leaves no listener behind. */
    public void stop() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        try {
            if (translation.isRelevant(event)) {
                workQueue.submit(() -> translation.translate(event).ifPresent(activity));
            }
        } catch (RuntimeException | LinkageError e) {
            // Never throw into Jira's event thread: a broken event must not break the user's action.
            LOG.warn("Promise Keeper could not read an issue event: {}", e.toString());
        }
    }
}
