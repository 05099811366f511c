package io.promisekeeper.jira.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.BusinessCalendars;
import io.promisekeeper.core.promise.PromiseEvents;
import io.promisekeeper.core.promise.PromiseLedger;
import io.promisekeeper.core.promise.PromiseStore;
import io.promisekeeper.core.promise.SuggestionStore;
import io.promisekeeper.core.promise.UnitOfWork;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import io.promisekeeper.core.insight.TicketFactsSource;
import io.promisekeeper.jira.insight.JiraTicketFacts;
import io.promisekeeper.core.activity.TicketActivity;
import io.promisekeeper.core.calendar.DuePhrases;
import io.promisekeeper.core.detect.PromiseDetector;
import io.promisekeeper.jira.event.ServiceTeam;
import io.promisekeeper.jira.schedule.OverdueSweep;
import io.promisekeeper.jira.schedule.PromiseJobs;
import java.time.Duration;
import io.promisekeeper.core.view.PromiseOverview;
import io.promisekeeper.jira.access.TicketAccess;
import io.promisekeeper.jira.event.CommentVisibility;
import io.promisekeeper.jira.event.IssueEventTranslation;
import io.promisekeeper.jira.event.JsmCommentVisibility;
import io.promisekeeper.jira.event.TicketEventListener;
import io.promisekeeper.jira.event.TicketWorkQueue;
import io.promisekeeper.jira.panel.AgentPanel;
import io.promisekeeper.jira.store.ActiveObjectsPromiseStore;
import io.promisekeeper.jira.store.ActiveObjectsSuggestionStore;
import io.promisekeeper.jira.store.ActiveObjectsUnitOfWork;
import java.time.Clock;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the app's beans by constructor. Host services arrive as beans declared in
 * {@code META-INF/spring/plugin-context.xml}, the one place that imports them.
 */
@Configuration(proxyBeanMethods = false)
public class PromiseKeeperWiring {
    /** Small on purpose: ticket work is light, and a burst must not take Jira's threads or memory. */
    static final int WORK_THREADS = 2;
    static final int WORK_QUEUE_CAPACITY = 10_000;
    /** How long past due an open promise stays open before it counts as broken. */
    static final Duration GRACE = Duration.ofMinutes(15);

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    public TicketWorkQueue ticketWorkQueue() {
        return new TicketWorkQueue(WORK_THREADS, WORK_QUEUE_CAPACITY);
    }

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
    public BusinessCalendars businessCalendars(io.promisekeeper.core.settings.AdminConfiguration adminConfiguration,
                                               Clock clock) {
        // The calendar of the notice settings (Monday to Friday, 9 to 17 in the server's zone until an admin sets one).
        return new io.promisekeeper.core.settings.ConfiguredCalendars(adminConfiguration, clock);
    }

    @Bean
    public PromiseLedger promiseLedger(PromiseStore promiseStore, SuggestionStore suggestionStore, UnitOfWork unitOfWork,
                                       PromiseEvents promiseEvents, Clock clock) {
        return new PromiseLedger(promiseStore, suggestionStore, unitOfWork, promiseEvents, clock);
    }

    @Bean
    public PromiseOverview promiseOverview(PromiseLedger promiseLedger, BusinessCalendars businessCalendars, Clock clock) {
        return new PromiseOverview(promiseLedger, businessCalendars, clock);
    }

    @Bean
    public TicketAccess ticketAccess(JiraAuthenticationContext jiraAuthenticationContext, IssueManager issueManager,
                                     PermissionManager permissionManager, TimeZoneManager timeZoneManager,
                                     UserManager userManager, ServiceTeam serviceTeam) {
        return new TicketAccess(jiraAuthenticationContext, issueManager, permissionManager, timeZoneManager, userManager,
                serviceTeam);
    }

    @Bean
    public TicketFactsSource ticketFactsSource(IssueManager issueManager, RequestTypeService requestTypeService,
                                               JiraAuthenticationContext jiraAuthenticationContext) {
        return new JiraTicketFacts(issueManager, requestTypeService, jiraAuthenticationContext);
    }

    @Bean
    public AgentPanel agentPanel(PromiseOverview promiseOverview, io.promisekeeper.core.view.NoticeOverview noticeOverview,
                                 io.promisekeeper.core.view.GestureOverview gestureOverview,
                                 io.promisekeeper.core.learning.RiskForecasts riskForecasts, I18nResolver i18nResolver,
                                 UserManager userManager, TemplateRenderer templateRenderer) {
        return new AgentPanel(promiseOverview, noticeOverview, gestureOverview, riskForecasts::status, i18nResolver,
                userManager, templateRenderer);
    }

    // ---- Delight gestures in the panel (issue 6); the store and desk are with the delight beans below. ----

    @Bean
    public io.promisekeeper.core.view.GestureOverview gestureOverview(
            io.promisekeeper.core.delight.DelightActions delightActions,
            io.promisekeeper.core.settings.AdminConfiguration adminConfiguration, Clock clock) {
        return new io.promisekeeper.core.view.GestureOverview(delightActions,
                () -> adminConfiguration.delight().value().catalogue(), clock);
    }

    // ---- end of delight gestures ----

    @Bean
    public ServiceTeam serviceTeam(PermissionManager permissionManager) {
        return new ServiceTeam(permissionManager);
    }

    @Bean
    public PromiseDetector promiseDetector() {
        return new PromiseDetector(new DuePhrases());
    }

    @Bean
    public TicketActivity ticketActivity(PromiseStore promiseStore, SuggestionStore suggestionStore,
                                         BusinessCalendars businessCalendars, PromiseDetector promiseDetector,
                                         PromiseEvents promiseEvents, UnitOfWork unitOfWork,
                                         io.promisekeeper.core.activity.TicketEvidence ticketEvidence) {
        return new TicketActivity(promiseStore, suggestionStore, businessCalendars, promiseDetector, promiseEvents,
                unitOfWork, GRACE, ticketEvidence);
    }

    // ---- Issue 12: Jira's record settles promises whose events were lost; reconciled at start. ----

    @Bean
    public io.promisekeeper.core.activity.TicketEvidence ticketEvidence(IssueManager issueManager,
            com.atlassian.jira.issue.comments.CommentManager commentManager,
            com.atlassian.jira.issue.changehistory.ChangeHistoryManager changeHistoryManager,
            CommentVisibility commentVisibility, ServiceTeam serviceTeam) {
        return new io.promisekeeper.jira.event.JiraTicketEvidence(issueManager, commentManager, changeHistoryManager,
                commentVisibility, serviceTeam);
    }

    @Bean(initMethod = "start")
    public io.promisekeeper.jira.schedule.StartupReconciliation startupReconciliation(TicketActivity ticketActivity,
            TicketWorkQueue ticketWorkQueue, Clock clock) {
        return new io.promisekeeper.jira.schedule.StartupReconciliation(ticketActivity, ticketWorkQueue, clock);
    }

    // ---- end of issue 12 ----

    @Bean
    public OverdueSweep overdueSweep(TicketActivity ticketActivity, Clock clock) {
        return new OverdueSweep(ticketActivity, clock);
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    public PromiseJobs promiseJobs(io.promisekeeper.jira.schedule.IntervalJobs intervalJobs, OverdueSweep overdueSweep,
                                   io.promisekeeper.jira.schedule.NoticeTick noticeTick,
                                   io.promisekeeper.core.settings.ConfiguredNoticeRounds noticeRounds) {
        return new PromiseJobs(intervalJobs, overdueSweep, noticeTick, noticeRounds);
    }

    @Bean
    public io.promisekeeper.jira.schedule.IntervalJobs intervalJobs(SchedulerService schedulerService) {
        return new io.promisekeeper.jira.schedule.IntervalJobs(schedulerService);
    }

    // ---- Delay notices (issue 5): the notice round, its stores and outlets in Jira. ----

    @Bean
    public io.promisekeeper.jira.store.ActiveObjectsNoticeLog noticeLog(ActiveObjects activeObjects, Clock clock) {
        return new io.promisekeeper.jira.store.ActiveObjectsNoticeLog(activeObjects, clock);
    }

    @Bean
    public io.promisekeeper.jira.store.ActiveObjectsNoticeJournal noticeJournal(ActiveObjects activeObjects) {
        return new io.promisekeeper.jira.store.ActiveObjectsNoticeJournal(activeObjects);
    }

    @Bean
    public io.promisekeeper.jira.store.ActiveObjectsAgentPrompts agentPrompts(ActiveObjects activeObjects) {
        return new io.promisekeeper.jira.store.ActiveObjectsAgentPrompts(activeObjects);
    }

    @Bean
    public io.promisekeeper.core.notice.NoticeSender noticeSender(IssueManager issueManager,
                                                                  ServiceDeskCommentService serviceDeskCommentService) {
        return new io.promisekeeper.jira.notice.JsmNoticeSender(issueManager, serviceDeskCommentService);
    }

    @Bean
    public io.promisekeeper.jira.notice.JiraTicketHistoryFacts ticketHistoryFacts(
            com.atlassian.jira.issue.changehistory.ChangeHistoryManager changeHistoryManager,
            com.atlassian.jira.bc.issue.search.SearchService searchService, TimeZoneManager timeZoneManager) {
        // Issue 12: JQL dates in the zone Jira reads them in, not the JVM's.
        return new io.promisekeeper.jira.notice.JiraTicketHistoryFacts(changeHistoryManager, searchService,
                timeZoneManager);
    }

    @Bean
    public io.promisekeeper.core.notice.TicketSnapshots ticketSnapshots(IssueManager issueManager,
            com.atlassian.jira.issue.comments.CommentManager commentManager, ServiceTeam serviceTeam,
            com.atlassian.jira.config.LocaleManager localeManager, TimeZoneManager timeZoneManager,
            TicketFactsSource ticketFactsSource, BusinessCalendars businessCalendars,
            io.promisekeeper.jira.notice.JiraTicketHistoryFacts ticketHistoryFacts,
            com.atlassian.servicedesk.api.sla.info.SlaInformationService slaInformationService,
            com.atlassian.jira.issue.CustomFieldManager customFieldManager, Clock clock) {
        return new io.promisekeeper.jira.notice.JiraTicketSnapshots(issueManager, commentManager, serviceTeam,
                localeManager, timeZoneManager, ticketFactsSource, businessCalendars, ticketHistoryFacts,
                new io.promisekeeper.jira.notice.JsmSlaGoals(slaInformationService),
                new io.promisekeeper.jira.notice.JsmOrganisations(customFieldManager), clock);
    }

    @Bean
    public io.promisekeeper.core.settings.ConfiguredNoticeRounds noticeRounds(
            io.promisekeeper.core.settings.AdminConfiguration adminConfiguration,
            io.promisekeeper.core.learning.RiskForecasts riskForecasts, PromiseStore promiseStore,
            io.promisekeeper.core.notice.TicketSnapshots ticketSnapshots,
            io.promisekeeper.jira.store.ActiveObjectsNoticeLog noticeLog,
            io.promisekeeper.jira.store.ActiveObjectsNoticeJournal noticeJournal,
            io.promisekeeper.jira.store.ActiveObjectsAgentPrompts agentPrompts,
            io.promisekeeper.core.notice.NoticeSender noticeSender, IssueManager issueManager,
            ServiceDeskCommentService serviceDeskCommentService,
            io.promisekeeper.core.delight.DelightActions delightActions,
            com.atlassian.jira.bc.issue.search.SearchService searchService, TimeZoneManager timeZoneManager,
            io.promisekeeper.core.config.ConfigDocuments configDocuments) {
        return new io.promisekeeper.core.settings.ConfiguredNoticeRounds(adminConfiguration, riskForecasts, promiseStore,
                ticketSnapshots, noticeLog, noticeJournal,
                new io.promisekeeper.core.notice.NoticeOutlets(noticeSender, agentPrompts,
                        new io.promisekeeper.jira.notice.JsmTeamTasks(issueManager, serviceDeskCommentService)),
                io.promisekeeper.core.notice.RoundSettings.defaults(), delightActions,
                new io.promisekeeper.jira.notice.JiraResolvedTicketKeys(searchService, timeZoneManager),
                // Issue 12: follow-ups page through the window from a cursor every node shares.
                new io.promisekeeper.core.notice.FollowUpCursors(configDocuments));
    }

    @Bean
    public io.promisekeeper.jira.schedule.NoticeTick noticeTick(io.promisekeeper.core.settings.ConfiguredNoticeRounds noticeRounds,
                                                                io.promisekeeper.jira.schedule.IntervalJobs intervalJobs,
                                                                Clock clock) {
        return new io.promisekeeper.jira.schedule.NoticeTick(noticeRounds, intervalJobs, clock);
    }

    @Bean
    public io.promisekeeper.core.view.NoticeOverview noticeOverview(
            io.promisekeeper.jira.store.ActiveObjectsAgentPrompts agentPrompts,
            io.promisekeeper.jira.store.ActiveObjectsNoticeJournal noticeJournal,
            io.promisekeeper.core.learning.RiskForecasts riskForecasts, Clock clock) {
        return new io.promisekeeper.core.view.NoticeOverview(agentPrompts, noticeJournal, riskForecasts, clock);
    }

    @Bean
    public io.promisekeeper.core.notice.PromptDecisions promptDecisions(
            io.promisekeeper.jira.store.ActiveObjectsAgentPrompts agentPrompts,
            io.promisekeeper.jira.store.ActiveObjectsNoticeJournal noticeJournal,
            io.promisekeeper.jira.store.ActiveObjectsNoticeLog noticeLog,
            io.promisekeeper.core.notice.NoticeSender noticeSender, Clock clock) {
        return new io.promisekeeper.core.notice.PromptDecisions(agentPrompts, noticeJournal, noticeLog, noticeSender,
                clock);
    }

    // ---- end of delay notices ----

    // ---- Delight actions (issue 6): suggestions the rules make, what agents do with them. ----

    @Bean
    public io.promisekeeper.core.delight.DelightActions delightActions(ActiveObjects activeObjects) {
        return new io.promisekeeper.jira.store.ActiveObjectsDelightActions(activeObjects);
    }

    @Bean
    public io.promisekeeper.core.delight.DelightDesk delightDesk(
            io.promisekeeper.core.delight.DelightActions delightActions, IssueManager issueManager,
            ServiceDeskCommentService serviceDeskCommentService, JiraAuthenticationContext jiraAuthenticationContext,
            I18nResolver i18nResolver, io.promisekeeper.core.settings.AdminConfiguration adminConfiguration,
            Clock clock) {
        return new io.promisekeeper.core.delight.DelightDesk(delightActions,
                new io.promisekeeper.jira.notice.JsmGestureNotes(issueManager, serviceDeskCommentService,
                        jiraAuthenticationContext, i18nResolver, () -> adminConfiguration.delight().value().catalogue()),
                clock);
    }

    /** JSM's satisfaction ratings, read from its Satisfaction field (found by field type). */
    @Bean
    public io.promisekeeper.core.delight.SatisfactionRatings satisfactionRatings(IssueManager issueManager,
            com.atlassian.jira.issue.CustomFieldManager customFieldManager) {
        return new io.promisekeeper.jira.insight.JsmSatisfaction(issueManager, customFieldManager);
    }

    // ---- end of delight actions ----

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
                                                   io.promisekeeper.jira.schedule.NoticeTick noticeTick) {
        // Settle promises first, then re-evaluate the ticket's notices at once (a reply may end a risk).
        return new TicketEventListener(eventPublisher, translation, ticketWorkQueue, event -> {
            ticketActivity.on(event);
            noticeTick.reevaluate(event.ticketKey());
        });
    }

    // ---- Administration (issue 5, admin page): configuration documents, audit, dry run. ----

    @Bean
    public io.promisekeeper.core.config.ConfigDocuments configDocuments(ActiveObjects activeObjects, Clock clock) {
        return new io.promisekeeper.jira.store.ActiveObjectsConfigDocuments(activeObjects, clock);
    }

    @Bean
    public io.promisekeeper.core.config.AuditTrail auditTrail(ActiveObjects activeObjects) {
        return new io.promisekeeper.jira.store.ActiveObjectsAuditTrail(activeObjects);
    }

    @Bean
    public io.promisekeeper.core.settings.AdminConfiguration adminConfiguration(
            io.promisekeeper.core.config.ConfigDocuments configDocuments,
            io.promisekeeper.core.config.AuditTrail auditTrail, UnitOfWork unitOfWork, Clock clock,
            TimeZoneManager timeZoneManager) {
        // Issue 12: the default business calendar in Jira's default zone, the same on every node (not the JVM's).
        return new io.promisekeeper.core.settings.AdminConfiguration(configDocuments, auditTrail, unitOfWork, clock,
                io.promisekeeper.jira.access.JiraZones.defaultZone(timeZoneManager));
    }

    @Bean
    public io.promisekeeper.core.rules.RecentTickets recentTickets(PromiseStore promiseStore,
                                                                  BusinessCalendars businessCalendars) {
        return new io.promisekeeper.jira.admin.StoredPromiseTickets(promiseStore, businessCalendars);
    }

    @Bean
    public io.promisekeeper.core.rules.DryRun dryRun(io.promisekeeper.core.rules.RecentTickets recentTickets,
            io.promisekeeper.core.learning.RiskForecasts riskForecasts) {
        // The same forecast as the tick (learnt model, else fixed timer); an hour's step matches a tick closely enough.
        return new io.promisekeeper.core.rules.DryRun(new io.promisekeeper.core.rules.RuleEngine(riskForecasts),
                recentTickets, Duration.ofHours(1));
    }

    @Bean
    public io.promisekeeper.jira.admin.AdminPage adminPage(I18nResolver i18nResolver,
                                                           TemplateRenderer templateRenderer) {
        return new io.promisekeeper.jira.admin.AdminPage(i18nResolver, templateRenderer);
    }

    // ---- end of administration ----

    // ---- Insight (issue 6): figures, pages and who may see them. ----

    /** Gestures for insight, from the delight actions' store. */
    @Bean
    public io.promisekeeper.core.insight.GestureFactsSource gestureFactsSource(
            io.promisekeeper.core.delight.DelightActions delightActions,
            io.promisekeeper.core.settings.AdminConfiguration adminConfiguration, TicketFactsSource ticketFactsSource) {
        return new io.promisekeeper.core.insight.DelightGestureFacts(delightActions,
                () -> adminConfiguration.delight().value().catalogue(), ticketFactsSource);
    }

    @Bean
    public io.promisekeeper.core.insight.InsightReader insightReader(PromiseStore promiseStore,
            TicketFactsSource ticketFactsSource, io.promisekeeper.core.delight.SatisfactionRatings satisfactionRatings,
            io.promisekeeper.jira.store.ActiveObjectsNoticeJournal noticeJournal,
            io.promisekeeper.core.insight.GestureFactsSource gestureFactsSource) {
        return new io.promisekeeper.core.insight.InsightReader(promiseStore, ticketFactsSource, satisfactionRatings,
                noticeJournal, gestureFactsSource);
    }

    @Bean
    public io.promisekeeper.jira.access.InsightAccess insightAccess(JiraAuthenticationContext jiraAuthenticationContext,
            UserManager userManager, PermissionManager permissionManager, ProjectManager projectManager,
            TimeZoneManager timeZoneManager, io.promisekeeper.core.settings.AdminConfiguration adminConfiguration) {
        return new io.promisekeeper.jira.access.InsightAccess(jiraAuthenticationContext, userManager, permissionManager,
                projectManager, timeZoneManager, adminConfiguration);
    }

    @Bean
    public io.promisekeeper.jira.insight.InsightPage insightPage(I18nResolver i18nResolver,
                                                                 TemplateRenderer templateRenderer) {
        return new io.promisekeeper.jira.insight.InsightPage(i18nResolver, templateRenderer);
    }

    // ---- end of insight ----

    // ---- Learnt forecast (issue 5, the model): nightly training, stored model, fixed-timer fallback. ----

    /** Share of a promise's horizon left at which the fixed timer calls it at risk, until a model is trained. */
    static final double FALLBACK_TIMER_SHARE = 0.2;

    @Bean
    public io.promisekeeper.core.learning.ForecastDocuments forecastDocuments(
            io.promisekeeper.core.config.ConfigDocuments configDocuments) {
        return new io.promisekeeper.core.learning.ForecastDocuments(configDocuments);
    }

    @Bean
    public io.promisekeeper.core.learning.TicketHistories ticketHistories(IssueManager issueManager,
            com.atlassian.jira.issue.changehistory.ChangeHistoryManager changeHistoryManager) {
        return new io.promisekeeper.jira.learning.JiraTicketHistories(issueManager, changeHistoryManager);
    }

    @Bean
    public io.promisekeeper.core.learning.RiskForecasts riskForecasts(
            io.promisekeeper.core.learning.ForecastDocuments forecastDocuments,
            io.promisekeeper.core.learning.TicketHistories ticketHistories, Clock clock) {
        return new io.promisekeeper.core.learning.RiskForecasts(forecastDocuments, ticketHistories,
                new io.promisekeeper.core.rules.FixedTimerForecast(FALLBACK_TIMER_SHARE), clock);
    }

    @Bean
    public io.promisekeeper.jira.learning.ModelTraining modelTraining(
            com.atlassian.jira.bc.issue.search.SearchService searchService,
            com.atlassian.jira.issue.changehistory.ChangeHistoryManager changeHistoryManager,
            io.promisekeeper.core.learning.ForecastDocuments forecastDocuments, Clock clock,
            TimeZoneManager timeZoneManager) {
        return new io.promisekeeper.jira.learning.ModelTraining(new io.promisekeeper.core.learning.ForecastTraining(
                new io.promisekeeper.jira.learning.JiraResolvedTickets(searchService, changeHistoryManager,
                        timeZoneManager),
                forecastDocuments,
                new io.promisekeeper.core.forecast.ForecastTrainer(
                        io.promisekeeper.core.forecast.ForecastTrainer.Settings.standard()),
                clock));
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    public io.promisekeeper.jira.learning.ForecastJobs forecastJobs(SchedulerService schedulerService,
            io.promisekeeper.jira.learning.ModelTraining modelTraining) {
        return new io.promisekeeper.jira.learning.ForecastJobs(schedulerService, modelTraining,
                java.util.TimeZone.getDefault());
    }

    // ---- end of learnt forecast ----
}
