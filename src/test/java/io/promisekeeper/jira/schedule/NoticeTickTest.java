package io.promisekeeper.jira.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.LocaleManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentCreateParameters;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;
import io.promisekeeper.standin.EntityManagerActiveObjects;
import io.promisekeeper.core.insight.TicketFacts;
import io.promisekeeper.core.settings.ConfiguredNoticeRounds;
import io.promisekeeper.core.notice.NoticeOutlets;
import io.promisekeeper.core.notice.RoundSettings;
import io.promisekeeper.core.notice.TeamTasks;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSource;
import io.promisekeeper.core.rules.FixedTimerForecast;
import io.promisekeeper.core.settings.AdminConfiguration;
import io.promisekeeper.core.settings.ConfiguredCalendars;
import io.promisekeeper.jira.event.ServiceTeam;
import io.promisekeeper.jira.notice.JiraTicketSnapshots;
import io.promisekeeper.jira.notice.JsmNoticeSender;
import io.promisekeeper.jira.store.ActiveObjectsAgentPrompts;
import io.promisekeeper.jira.store.ActiveObjectsAuditTrail;
import io.promisekeeper.jira.store.ActiveObjectsConfigDocuments;
import io.promisekeeper.jira.store.ActiveObjectsNoticeJournal;
import io.promisekeeper.jira.store.ActiveObjectsNoticeLog;
import io.promisekeeper.jira.store.ActiveObjectsPromiseStore;
import io.promisekeeper.jira.store.ActiveObjectsUnitOfWork;
import io.promisekeeper.jira.store.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The scheduled notice round as wired in Jira: configured rules, Jira's ticket facts, a JSM public comment. */
class NoticeTickTest {
    private static final Instant NOW = Instant.parse("2026-03-03T10:00:00Z");
    private static final String RULES = """
            {"rules": [{"id": "due-soon", "name": "Tell them early", "mode": "automatic",
                        "trigger": {"type": "promiseDueWithin", "within": "PT4H"},
                        "actions": [{"type": "sendDelayNotice", "template": "delay-notice"}]}]}""";

    private final EntityManagerActiveObjects ao = TestDatabase.open();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ServiceDeskCommentService comments = mock(ServiceDeskCommentService.class);
    private final ServiceDeskCommentCreateParameters.Builder builder =
            mock(ServiceDeskCommentCreateParameters.Builder.class, RETURNS_SELF);
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final AdminConfiguration configuration = new AdminConfiguration(new ActiveObjectsConfigDocuments(ao, clock),
            new ActiveObjectsAuditTrail(ao), new ActiveObjectsUnitOfWork(ao), clock, ZoneId.of("UTC"));
    private final ActiveObjectsPromiseStore promises = new ActiveObjectsPromiseStore(ao);
    private final ApplicationUser assignee = user("agent", "Alex Agent");
    private final ApplicationUser customer = user("cust", "Noor de Vries");
    private NoticeTick tick;

    @AfterEach
    void close() {
        ao.close();
    }

    @Test
    void anAutomaticRuleSendsOnePublicCommentInTheCustomersLanguageAndNeverTwice() {
        configuration.saveRules("admin", RULES, 0);
        promises.create(Promise.open("HELP-1", "Replacement laptop delivered", PromiseKind.DELIVERY,
                NOW.plus(Duration.ofHours(2)), "default", "agent", NOW.minus(Duration.ofDays(1)), Channel.PHONE,
                PromiseSource.AGENT));
        wire(Locale.forLanguageTag("nl"));

        assertThat(tick.runJob(mock(JobRunnerRequest.class)).toString()).startsWith("SUCCESS");
        ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
        verify(builder).body(body.capture());
        verify(builder).publicComment(true);
        verify(comments).createServiceDeskComment(eq(assignee), any());
        assertThat(body.getValue()).contains("Noor").contains("Replacement laptop delivered").startsWith("Beste");

        tick.runJob(mock(JobRunnerRequest.class));
        verify(comments, times(1)).createServiceDeskComment(any(), any());
    }

    @Test
    void withoutRulesNothingIsSentAndTheJobFollowsTheConfiguredInterval() {
        promises.create(Promise.open("HELP-1", "Call back", PromiseKind.CALLBACK, NOW.plus(Duration.ofHours(1)),
                "default", "agent", NOW.minus(Duration.ofDays(1)), Channel.PHONE, PromiseSource.AGENT));
        wire(Locale.ENGLISH);
        tick.runJob(mock(JobRunnerRequest.class));
        verify(comments, never()).createServiceDeskComment(any(), any());
        verify(scheduler).getJobDetails(PromiseJobs.NOTICE_JOB);
    }

    private void wire(Locale customerLocale) {
        IssueManager issues = mock(IssueManager.class);
        MutableIssue issue = mock(MutableIssue.class);
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("HELP");
        when(issue.getKey()).thenReturn("HELP-1");
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getAssignee()).thenReturn(assignee);
        when(issue.getReporter()).thenReturn(customer);
        when(issue.getLabels()).thenReturn(Set.of());
        when(issues.getIssueObject("HELP-1")).thenReturn(issue);
        when(comments.newCreateBuilder()).thenReturn(builder);
        when(builder.build()).thenReturn(mock(ServiceDeskCommentCreateParameters.class));
        CommentManager commentManager = mock(CommentManager.class);
        when(commentManager.getComments(issue)).thenReturn(List.of());
        LocaleManager locales = mock(LocaleManager.class);
        when(locales.getLocaleFor(customer)).thenReturn(customerLocale);
        TimeZoneManager zones = mock(TimeZoneManager.class);
        when(zones.getTimeZoneforUser(any())).thenReturn(TimeZone.getTimeZone("Europe/Amsterdam"));
        JiraTicketSnapshots snapshots = new JiraTicketSnapshots(issues, commentManager,
                new ServiceTeam(mock(PermissionManager.class)), locales, zones,
                keys -> {
                    Map<String, TicketFacts> facts = new HashMap<>();
                    keys.forEach(k -> facts.put(k, new TicketFacts(k, "Desk", "Get IT help")));
                    return facts;
                }, new ConfiguredCalendars(configuration, clock));
        ConfiguredNoticeRounds rounds = new ConfiguredNoticeRounds(configuration, new FixedTimerForecast(0.2), promises,
                snapshots, new ActiveObjectsNoticeLog(ao, clock), new ActiveObjectsNoticeJournal(ao),
                new NoticeOutlets(new JsmNoticeSender(issues, comments,
                        new io.promisekeeper.jira.access.JiraUsers(mock(com.atlassian.jira.user.util.UserManager.class)), () -> ""), new ActiveObjectsAgentPrompts(ao),
                        TeamTasks.ignored()), RoundSettings.defaults());
        tick = new NoticeTick(rounds, new IntervalJobs(scheduler), clock);
    }

    private static ApplicationUser user(String key, String name) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(name);
        return user;
    }

}
