package io.promisekeeper.jira.wiring;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.promisekeeper.core.calendar.BusinessCalendars;
import io.promisekeeper.core.delight.DelightActions;
import io.promisekeeper.core.learning.RiskForecasts;
import io.promisekeeper.core.promise.PromiseLedger;
import io.promisekeeper.core.settings.AdminConfiguration;
import io.promisekeeper.core.view.GestureOverview;
import io.promisekeeper.core.view.NoticeOverview;
import io.promisekeeper.core.view.PromiseOverview;
import io.promisekeeper.jira.access.TicketAccess;
import io.promisekeeper.jira.event.ServiceTeam;
import io.promisekeeper.jira.panel.AgentPanel;
import io.promisekeeper.jira.store.ActiveObjectsAgentPrompts;
import io.promisekeeper.jira.store.ActiveObjectsNoticeJournal;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The agent panel in the issue view and who may read and act on it. */
@Configuration(proxyBeanMethods = false)
public class PanelWiring {
    @Bean
    public TicketAccess ticketAccess(JiraAuthenticationContext jiraAuthenticationContext, IssueManager issueManager,
                                     PermissionManager permissionManager, TimeZoneManager timeZoneManager,
                                     UserManager userManager, ServiceTeam serviceTeam) {
        return new TicketAccess(jiraAuthenticationContext, issueManager, permissionManager, timeZoneManager, userManager,
                serviceTeam);
    }

    @Bean
    public PromiseOverview promiseOverview(PromiseLedger promiseLedger, BusinessCalendars businessCalendars, Clock clock) {
        return new PromiseOverview(promiseLedger, businessCalendars, clock);
    }

    @Bean
    public AgentPanel agentPanel(PromiseOverview promiseOverview, NoticeOverview noticeOverview,
                                 GestureOverview gestureOverview,
                                 RiskForecasts riskForecasts, I18nResolver i18nResolver,
                                 UserManager userManager, TemplateRenderer templateRenderer) {
        return new AgentPanel(promiseOverview, noticeOverview, gestureOverview, riskForecasts::status, i18nResolver,
                userManager, templateRenderer);
    }

    @Bean
    public NoticeOverview noticeOverview(
            ActiveObjectsAgentPrompts agentPrompts,
            ActiveObjectsNoticeJournal noticeJournal,
            RiskForecasts riskForecasts, Clock clock) {
        return new NoticeOverview(agentPrompts, noticeJournal, riskForecasts, clock);
    }

    @Bean
    public GestureOverview gestureOverview(
            DelightActions delightActions,
            AdminConfiguration adminConfiguration, Clock clock) {
        return new GestureOverview(delightActions,
                () -> adminConfiguration.delight().value().catalogue(), clock);
    }
}
