package io.promisekeeper.jira.wiring;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;
import io.promisekeeper.core.ticket.TicketSignals;
import io.promisekeeper.jira.event.CommentVisibility;
import io.promisekeeper.jira.event.IssueEventTranslation;
import io.promisekeeper.jira.event.JsmCommentVisibility;
import io.promisekeeper.jira.event.TicketEventListener;
import io.promisekeeper.jira.event.TicketWorkQueue;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the app's beans by constructor. Host services arrive as beans declared in
 * {@code META-INF/spring/plugin-context.xml}, the one place that imports them.
 */
@Configuration
public class PromiseKeeperWiring {
    /** Small on purpose: ticket work is light, and a burst must not take Jira's threads or memory. */
    static final int WORK_THREADS = 2;
    static final int WORK_QUEUE_CAPACITY = 10_000;

    @Bean(destroyMethod = "close")
    public TicketWorkQueue ticketWorkQueue() {
        return new TicketWorkQueue(WORK_THREADS, WORK_QUEUE_CAPACITY);
    }

    @Bean
    public CommentVisibility commentVisibility(ServiceDeskCommentService serviceDeskCommentService) {
        return new JsmCommentVisibility(serviceDeskCommentService);
    }

    @Bean
    public IssueEventTranslation issueEventTranslation(CommentVisibility commentVisibility) {
        return new IssueEventTranslation(commentVisibility);
    }

    @Bean
    public TicketSignals ticketSignals() {
        return signal -> LoggerFactory.getLogger(TicketSignals.class).debug("ticket signal {}", signal);
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    public TicketEventListener ticketEventListener(EventPublisher eventPublisher, IssueEventTranslation translation,
                                                   TicketWorkQueue ticketWorkQueue, TicketSignals ticketSignals) {
        return new TicketEventListener(eventPublisher, translation, ticketWorkQueue, ticketSignals);
    }
}
