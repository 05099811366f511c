package io.promisekeeper.jira.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.message.I18nResolver;
import io.promisekeeper.core.activity.TicketActivity;
import io.promisekeeper.core.activity.TicketEvidence;
import io.promisekeeper.core.calendar.BusinessCalendars;
import io.promisekeeper.core.calendar.DuePhrases;
import io.promisekeeper.core.detect.PromiseDetector;
import io.promisekeeper.core.promise.PromiseEvents;
import io.promisekeeper.core.promise.PromiseLedger;
import io.promisekeeper.core.promise.PromiseStore;
import io.promisekeeper.core.promise.SuggestionStore;
import io.promisekeeper.core.promise.UnitOfWork;
import io.promisekeeper.core.settings.AdminConfiguration;
import io.promisekeeper.core.settings.ConfiguredCalendars;
import io.promisekeeper.jira.event.CommentVisibility;
import io.promisekeeper.jira.event.JiraTicketEvidence;
import io.promisekeeper.jira.event.ServiceTeam;
import io.promisekeeper.jira.event.TicketWorkQueue;
import io.promisekeeper.jira.schedule.OverdueSweep;
import io.promisekeeper.jira.schedule.StartupReconciliation;
import io.promisekeeper.jira.store.ActiveObjectsPromiseStore;
import io.promisekeeper.jira.store.ActiveObjectsSuggestionStore;
import io.promisekeeper.jira.store.ActiveObjectsUnitOfWork;
import io.promisekeeper.jira.text.MessageText;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Promises: their stores and ledger, what tickets do to them, the overdue sweep and the catch-up at start. */
@Configuration(proxyBeanMethods = false)
public class PromiseWiring {
    /** How long past due an open promise stays open before it counts as broken. */
    static final Duration GRACE = Duration.ofMinutes(15);

    @Bean
    public PromiseStore promiseStore(ActiveObjects activeObjects) {
        return new ActiveObjectsPromiseStore(activeObjects);
    }

    @Bean
    public SuggestionStore suggestionStore(ActiveObjects activeObjects) {
        return new ActiveObjectsSuggestionStore(activeObjects);
    }

    @Bean
    public UnitOfWork unitOfWork(ActiveObjects activeObjects) {
        return new ActiveObjectsUnitOfWork(activeObjects);
    }

    @Bean
    public PromiseEvents promiseEvents() {
        return new PromiseEvents();
    }

    @Bean
    public BusinessCalendars businessCalendars(AdminConfiguration adminConfiguration,
                                               Clock clock) {
        // The calendar of the notice settings (Monday to Friday, 9 to 17 in the server's zone until an admin sets one).
        return new ConfiguredCalendars(adminConfiguration, clock);
    }

    @Bean
    public PromiseLedger promiseLedger(PromiseStore promiseStore, SuggestionStore suggestionStore, UnitOfWork unitOfWork,
                                       PromiseEvents promiseEvents, Clock clock) {
        return new PromiseLedger(promiseStore, suggestionStore, unitOfWork, promiseEvents, clock);
    }

    @Bean
    public PromiseDetector promiseDetector() {
        return new PromiseDetector(new DuePhrases());
    }

    @Bean
    public TicketActivity ticketActivity(PromiseStore promiseStore, SuggestionStore suggestionStore,
                                         BusinessCalendars businessCalendars, PromiseDetector promiseDetector,
                                         PromiseEvents promiseEvents, UnitOfWork unitOfWork,
                                         TicketEvidence ticketEvidence) {
        return new TicketActivity(promiseStore, suggestionStore, businessCalendars, promiseDetector, promiseEvents,
                unitOfWork, GRACE, ticketEvidence);
    }

    @Bean
    public TicketEvidence ticketEvidence(IssueManager issueManager,
            CommentManager commentManager,
            ChangeHistoryManager changeHistoryManager,
            CommentVisibility commentVisibility, ServiceTeam serviceTeam) {
        return new JiraTicketEvidence(issueManager, commentManager, changeHistoryManager,
                commentVisibility, serviceTeam);
    }

    @Bean(initMethod = "start")
    public StartupReconciliation startupReconciliation(TicketActivity ticketActivity,
            TicketWorkQueue ticketWorkQueue, Clock clock) {
        return new StartupReconciliation(ticketActivity, ticketWorkQueue, clock);
    }

    @Bean
    public OverdueSweep overdueSweep(TicketActivity ticketActivity, Clock clock, I18nResolver i18nResolver,
                                     JiraAuthenticationContext jiraAuthenticationContext) {
        return new OverdueSweep(ticketActivity, clock, MessageText.current(i18nResolver, jiraAuthenticationContext));
    }
}
