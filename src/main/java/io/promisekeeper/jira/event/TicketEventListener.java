package io.promisekeeper.jira.event;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
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
    private final Consumer<String> edited;

    public TicketEventListener(EventPublisher eventPublisher, IssueEventTranslation translation,
                               TicketWorkQueue workQueue, Consumer<TicketEvent> activity) {
        this(eventPublisher, translation, workQueue, activity, null);
    }

    /** As above; {@code edited} (null: nobody) hears, on the work queue, the key of each ticket whose fields were edited. */
    public TicketEventListener(EventPublisher eventPublisher, IssueEventTranslation translation,
                               TicketWorkQueue workQueue, Consumer<TicketEvent> activity, Consumer<String> edited) {
        this.eventPublisher = eventPublisher;
        this.translation = translation;
        this.workQueue = workQueue;
        this.activity = activity;
        this.edited = edited;
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
            } else if (edited != null && EventType.ISSUE_UPDATED_ID.equals(event.getEventTypeId())
                    && event.getIssue() != null) {
                // A new component or request type is an edit: what insight stored of the ticket is read again.
                String key = event.getIssue().getKey();
                workQueue.submit(() -> edited.accept(key));
            }
        } catch (RuntimeException | LinkageError e) {
            // Never throw into Jira's event thread: a broken event must not break the user's action.
            LOG.warn("Promise Keeper could not read an issue event: {}", e.toString());
        }
    }
}
