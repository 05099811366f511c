package io.promisekeeper.jira.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.promisekeeper.core.delight.DelightActions;
import io.promisekeeper.core.delight.SatisfactionRatings;
import io.promisekeeper.core.insight.DelightGestureFacts;
import io.promisekeeper.core.insight.GestureFactsSource;
import io.promisekeeper.core.insight.InsightReader;
import io.promisekeeper.core.insight.TicketFactsSource;
import io.promisekeeper.core.promise.PromiseStore;
import io.promisekeeper.core.settings.AdminConfiguration;
import io.promisekeeper.jira.access.InsightAccess;
import io.promisekeeper.jira.insight.InsightPage;
import io.promisekeeper.jira.insight.JiraTicketFacts;
import io.promisekeeper.jira.insight.StoredTicketFacts;
import io.promisekeeper.jira.store.ActiveObjectsTicketFacts;
import io.promisekeeper.jira.store.ActiveObjectsNoticeJournal;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Insight: the figures, the pages and who may see them. */
@Configuration(proxyBeanMethods = false)
public class InsightWiring {
    @Bean
    public ActiveObjectsTicketFacts storedTicketFacts(ActiveObjects activeObjects) {
        return new ActiveObjectsTicketFacts(activeObjects);
    }

    /**
     * Stored facts, one query per page of tickets; Jira is asked only about tickets not stored yet (the listener
     * forgets a ticket's facts when it is edited).
     */
    @Bean
    public TicketFactsSource ticketFactsSource(ActiveObjectsTicketFacts storedTicketFacts, IssueManager issueManager,
            RequestTypeService requestTypeService, JiraAuthenticationContext jiraAuthenticationContext, Clock clock) {
        return new StoredTicketFacts(storedTicketFacts,
                new JiraTicketFacts(issueManager, requestTypeService, jiraAuthenticationContext), clock);
    }

    /** Gestures for insight, from the delight actions' store. */
    @Bean
    public GestureFactsSource gestureFactsSource(
            DelightActions delightActions,
            AdminConfiguration adminConfiguration, TicketFactsSource ticketFactsSource) {
        return new DelightGestureFacts(delightActions,
                () -> adminConfiguration.delight().value().catalogue(), ticketFactsSource);
    }

    @Bean
    public InsightReader insightReader(PromiseStore promiseStore,
            TicketFactsSource ticketFactsSource, SatisfactionRatings satisfactionRatings,
            ActiveObjectsNoticeJournal noticeJournal,
            GestureFactsSource gestureFactsSource) {
        return new InsightReader(promiseStore, ticketFactsSource, satisfactionRatings,
                noticeJournal, gestureFactsSource);
    }

    @Bean
    public InsightAccess insightAccess(JiraAuthenticationContext jiraAuthenticationContext,
            UserManager userManager, PermissionManager permissionManager, ProjectManager projectManager,
            TimeZoneManager timeZoneManager, AdminConfiguration adminConfiguration) {
        return new InsightAccess(jiraAuthenticationContext, userManager, permissionManager,
                projectManager, timeZoneManager, adminConfiguration);
    }

    @Bean
    public InsightPage insightPage(I18nResolver i18nResolver,
                                                                 TemplateRenderer templateRenderer) {
        return new InsightPage(i18nResolver, templateRenderer);
    }
}
