package io.promisekeeper.jira.wiring;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;
import io.promisekeeper.core.activity.TicketActivity;
import io.promisekeeper.jira.event.CommentVisibility;
import io.promisekeeper.jira.event.IssueEventTranslation;
import io.promisekeeper.jira.event.JsmCommentVisibility;
import io.promisekeeper.jira.event.ServiceTeam;
import io.promisekeeper.jira.event.TicketEventListener;
import io.promisekeeper.jira.event.TicketWorkQueue;
import io.promisekeeper.jira.schedule.NoticeTick;
import io.promisekeeper.jira.store.ActiveObjectsTicketFacts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Jira's issue events: who is an agent, which comments reach the customer, the listener and its queue. */
@Configuration(proxyBeanMethods = false)
public class TicketEventWiring {
    /** Small on purpose: ticket work is light, and a burst must not take Jira's threads or memory. */
    static final int WORK_THREADS = 2;
    static final int WORK_QUEUE_CAPACITY = 10_000;

    @Bean(destroyMethod = "close")
    public TicketWorkQueue ticketWorkQueue() {
        return new TicketWorkQueue(WORK_THREADS, WORK_QUEUE_CAPACITY);
    }

    @Bean
    public ServiceTeam serviceTeam(PermissionManager permissionManager) {
        return new ServiceTeam(permissionManager);
    }

    @Bean
    public CommentVisibility commentVisibility(ServiceDeskCommentService serviceDeskCommentService) {
        return new JsmCommentVisibility(serviceDeskCommentService);
    }

    @Bean
    public IssueEventTranslation issueEventTranslation(CommentVisibility commentVisibility, ServiceTeam serviceTeam) {
        return new IssueEventTranslation(commentVisibility, serviceTeam);
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    public TicketEventListener ticketEventListener(EventPublisher eventPublisher, IssueEventTranslation translation,
                                                   TicketWorkQueue ticketWorkQueue, TicketActivity ticketActivity,
                                                   NoticeTick noticeTick,
                                                   ActiveObjectsTicketFacts storedTicketFacts) {
        // Settle promises first, then re-evaluate the ticket's notices at once (a reply may end a risk).
        return new TicketEventListener(eventPublisher, translation, ticketWorkQueue, event -> {
            ticketActivity.on(event);
            noticeTick.reevaluate(event.ticketKey());
        }, storedTicketFacts::forget);
    }
}
