package io.promisekeeper.jira.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.LocaleManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;
import com.atlassian.servicedesk.api.sla.info.SlaInformationService;
import io.promisekeeper.core.calendar.BusinessCalendars;
import io.promisekeeper.core.config.ConfigDocuments;
import io.promisekeeper.core.delight.DelightActions;
import io.promisekeeper.core.insight.TicketFactsSource;
import io.promisekeeper.core.learning.RiskForecasts;
import io.promisekeeper.core.notice.FollowUpCursors;
import io.promisekeeper.core.notice.NoticeOutlets;
import io.promisekeeper.core.notice.NoticeSender;
import io.promisekeeper.core.notice.PromptDecisions;
import io.promisekeeper.core.notice.RoundSettings;
import io.promisekeeper.core.notice.TicketSnapshots;
import io.promisekeeper.core.promise.PromiseStore;
import io.promisekeeper.core.settings.AdminConfiguration;
import io.promisekeeper.core.settings.ConfiguredNoticeRounds;
import io.promisekeeper.jira.access.JiraUsers;
import io.promisekeeper.jira.event.ServiceTeam;
import io.promisekeeper.jira.notice.JiraResolvedTicketKeys;
import io.promisekeeper.jira.notice.JiraTicketHistoryFacts;
import io.promisekeeper.jira.notice.JiraTicketSnapshots;
import io.promisekeeper.jira.notice.JsmNoticeSender;
import io.promisekeeper.jira.notice.JsmOrganisations;
import io.promisekeeper.jira.notice.JsmSlaGoals;
import io.promisekeeper.jira.notice.JsmTeamTasks;
import io.promisekeeper.jira.schedule.IntervalJobs;
import io.promisekeeper.jira.schedule.NoticeTick;
import io.promisekeeper.jira.schedule.OverdueSweep;
import io.promisekeeper.jira.schedule.PromiseJobs;
import io.promisekeeper.jira.store.ActiveObjectsAgentPrompts;
import io.promisekeeper.jira.store.ActiveObjectsNoticeJournal;
import io.promisekeeper.jira.store.ActiveObjectsNoticeLog;
import java.time.Clock;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.jira.security.JiraAuthenticationContext;
import io.promisekeeper.jira.text.MessageText;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Delay notices: the notice round, its stores and outlets in Jira, the agent's prompts and the jobs that run it. */
@Configuration(proxyBeanMethods = false)
public class NoticeWiring {
    @Bean
    public ActiveObjectsNoticeLog noticeLog(ActiveObjects activeObjects, Clock clock) {
        return new ActiveObjectsNoticeLog(activeObjects, clock);
    }

    @Bean
    public ActiveObjectsNoticeJournal noticeJournal(ActiveObjects activeObjects) {
        return new ActiveObjectsNoticeJournal(activeObjects);
    }

    @Bean
    public ActiveObjectsAgentPrompts agentPrompts(ActiveObjects activeObjects) {
        return new ActiveObjectsAgentPrompts(activeObjects);
    }

    @Bean
    public NoticeSender noticeSender(IssueManager issueManager,
            ServiceDeskCommentService serviceDeskCommentService, JiraUsers jiraUsers,
            AdminConfiguration adminConfiguration) {
        // Automatic notices speak as the administrator's named author; read per send, so a save applies at once.
        return new JsmNoticeSender(issueManager, serviceDeskCommentService, jiraUsers,
                () -> adminConfiguration.settings().value().noticeAuthor());
    }

    @Bean
    public JiraTicketHistoryFacts ticketHistoryFacts(
            ChangeHistoryManager changeHistoryManager,
            SearchService searchService, TimeZoneManager timeZoneManager) {
        // JQL dates in the zone Jira reads them in, not the JVM's.
        return new JiraTicketHistoryFacts(changeHistoryManager, searchService,
                timeZoneManager);
    }

    @Bean
    public TicketSnapshots ticketSnapshots(IssueManager issueManager,
            CommentManager commentManager, ServiceTeam serviceTeam,
            LocaleManager localeManager, TimeZoneManager timeZoneManager,
            TicketFactsSource ticketFactsSource, BusinessCalendars businessCalendars,
            JiraTicketHistoryFacts ticketHistoryFacts,
            SlaInformationService slaInformationService,
            CustomFieldManager customFieldManager, Clock clock, JiraUsers jiraUsers,
            AdminConfiguration adminConfiguration) {
        return new JiraTicketSnapshots(issueManager, commentManager, serviceTeam,
                localeManager, timeZoneManager, ticketFactsSource, businessCalendars, ticketHistoryFacts,
                new JsmSlaGoals(slaInformationService),
                new JsmOrganisations(customFieldManager), clock,
                // Unassigned tickets: SLA facts as the administrator's named reader, else the project lead.
                jiraUsers, () -> adminConfiguration.settings().value().slaReader());
    }

    @Bean
    public ConfiguredNoticeRounds noticeRounds(
            AdminConfiguration adminConfiguration,
            RiskForecasts riskForecasts, PromiseStore promiseStore,
            TicketSnapshots ticketSnapshots,
            ActiveObjectsNoticeLog noticeLog,
            ActiveObjectsNoticeJournal noticeJournal,
            ActiveObjectsAgentPrompts agentPrompts,
            NoticeSender noticeSender, IssueManager issueManager,
            ServiceDeskCommentService serviceDeskCommentService,
            DelightActions delightActions,
            SearchService searchService, TimeZoneManager timeZoneManager,
            ConfigDocuments configDocuments) {
        return new ConfiguredNoticeRounds(adminConfiguration, riskForecasts, promiseStore,
                ticketSnapshots, noticeLog, noticeJournal,
                new NoticeOutlets(noticeSender, agentPrompts,
                        new JsmTeamTasks(issueManager, serviceDeskCommentService)),
                RoundSettings.defaults(), delightActions,
                new JiraResolvedTicketKeys(searchService, timeZoneManager),
                // Follow-ups page through the window from a cursor every node shares.
                new FollowUpCursors(configDocuments));
    }

    @Bean
    public NoticeTick noticeTick(ConfiguredNoticeRounds noticeRounds,
                                                                IntervalJobs intervalJobs,
                                                                Clock clock, I18nResolver i18nResolver,
                                 JiraAuthenticationContext jiraAuthenticationContext) {
        return new NoticeTick(noticeRounds, intervalJobs, clock,
                MessageText.current(i18nResolver, jiraAuthenticationContext));
    }

    @Bean
    public PromptDecisions promptDecisions(
            ActiveObjectsAgentPrompts agentPrompts,
            ActiveObjectsNoticeJournal noticeJournal,
            ActiveObjectsNoticeLog noticeLog,
            NoticeSender noticeSender, Clock clock) {
        return new PromptDecisions(agentPrompts, noticeJournal, noticeLog, noticeSender,
                clock);
    }

    @Bean
    public IntervalJobs intervalJobs(SchedulerService schedulerService) {
        return new IntervalJobs(schedulerService);
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    public PromiseJobs promiseJobs(IntervalJobs intervalJobs, OverdueSweep overdueSweep,
                                   NoticeTick noticeTick,
                                   ConfiguredNoticeRounds noticeRounds) {
        return new PromiseJobs(intervalJobs, overdueSweep, noticeTick, noticeRounds);
    }
}
