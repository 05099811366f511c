package io.promisekeeper.jira.event;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import io.promisekeeper.core.ticket.TicketSignal;
import io.promisekeeper.core.ticket.TicketSignals;
import java.util.Optional;

/** Listens to Jira issue events and hands the translated signal to the work queue; does no work itself. */
public final class TicketEventListener {
    private final EventPublisher eventPublisher;
    private final IssueEventTranslation translation;
    private final TicketWorkQueue workQueue;
    private final TicketSignals signals;

    public TicketEventListener(EventPublisher eventPublisher, IssueEventTranslation translation,
                               TicketWorkQueue workQueue, TicketSignals signals) {
        this.eventPublisher = eventPublisher;
        this.translation = translation;
        this.workQueue = workQueue;
        this.signals = signals;
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
        Optional<TicketSignal> signal;
        try {
            signal = translation.translate(event);
        } catch (RuntimeException e) {
            // Never throw into Jira's event thread: a broken event must not break the user's action.
            org.slf4j.LoggerFactory.getLogger(TicketEventListener.class)
                    .warn("Promise Keeper could not read an issue event: {}", e.toString());
            return;
        }
        signal.ifPresent(s -> workQueue.submit(() -> signals.accept(s)));
    }
}
