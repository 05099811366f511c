package io.promisekeeper.jira.rest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.promisekeeper.standin.BundleTexts;
import io.promisekeeper.standin.VelocityTemplates;
import io.promisekeeper.standin.EntityManagerActiveObjects;
import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.SingleCalendar;
import io.promisekeeper.core.promise.PromiseEvents;
import io.promisekeeper.core.promise.PromiseLedger;
import io.promisekeeper.core.view.PromiseOverview;
import io.promisekeeper.jira.access.TicketAccess;
import io.promisekeeper.jira.panel.AgentPanel;
import io.promisekeeper.jira.store.ActiveObjectsPromiseStore;
import io.promisekeeper.jira.store.ActiveObjectsSuggestionStore;
import io.promisekeeper.jira.store.ActiveObjectsUnitOfWork;
import io.promisekeeper.jira.store.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;

/**
 * The panel API over a real store (AO on H2) with Jira's services mocked: an agent, a licensed colleague
 * who may browse but is no agent, a customer, a user who may not browse, and nobody.
 */
final class PanelApiFixture implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final String TICKET = "HELP-1";
    static final ProjectPermissionKey AGENT = new ProjectPermissionKey("SERVICEDESK_AGENT");

    final EntityManagerActiveObjects ao = TestDatabase.open();
    final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    final IssueManager issues = mock(IssueManager.class);
    final PermissionManager permissions = mock(PermissionManager.class);
    final TimeZoneManager timeZones = mock(TimeZoneManager.class);
    final UserManager users = mock(UserManager.class);
    final MutableIssue issue = mock(MutableIssue.class);
    final com.atlassian.jira.project.ProjectManager projects = mock(com.atlassian.jira.project.ProjectManager.class);
    final ActiveObjectsPromiseStore promiseStore = new ActiveObjectsPromiseStore(ao);
    final ActiveObjectsSuggestionStore suggestionStore = new ActiveObjectsSuggestionStore(ao);
    final PromiseLedger ledger;
    final PromiseResource resource;
    final io.promisekeeper.jira.store.ActiveObjectsNoticeJournal journal =
            new io.promisekeeper.jira.store.ActiveObjectsNoticeJournal(ao);
    final io.promisekeeper.jira.store.ActiveObjectsAgentPrompts prompts =
            new io.promisekeeper.jira.store.ActiveObjectsAgentPrompts(ao);
    /** What the panel's notices posted to JSM, in order; a notice on this list reached the customer. */
    final java.util.List<io.promisekeeper.core.notice.DelayNotice> posted = new java.util.ArrayList<>();
    /** Set to make the next posts fail, as JSM refusing the comment would. */
    RuntimeException postFailure;
    /** The forecast the panel says is in use; the fixed timer until a test says otherwise. */
    io.promisekeeper.core.learning.ForecastStatus forecastStatus =
            io.promisekeeper.core.learning.ForecastStatus.fallback(12, 200);
    /** The risk a learnt forecast gives every open promise; null for the fixed timer's. */
    io.promisekeeper.core.rules.Risk risk;
    final PromptResource promptResource;
    final io.promisekeeper.jira.store.ActiveObjectsDelightActions delightActions =
            new io.promisekeeper.jira.store.ActiveObjectsDelightActions(ao);
    final GestureResource gestureResource;
    final InsightResource insight;
    final com.atlassian.jira.project.Project project = mock(com.atlassian.jira.project.Project.class);
    /** The team of every ticket but those ending in 1; a formula, to test the CSV guard. */
    static final String COMPONENT_OF_OTHERS = "=HYPERLINK(\"http://evil\")";
    final io.promisekeeper.core.settings.AdminConfiguration configuration;
    final java.util.List<io.promisekeeper.core.insight.GestureFact> gestures = new java.util.ArrayList<>();

    final ApplicationUser agent = user("agent", true, true, true);
    final ApplicationUser colleague = user("colleague", true, true, false);
    final ApplicationUser customer = user("customer", false, true, false);
    final ApplicationUser stranger = user("stranger", true, false, false);
    /** In the group {@code service-leads}, which insight allows once an administrator names it. */
    final ApplicationUser lead = user("lead", true, true, false);
    /** An administrator of the HELP project. */
    final ApplicationUser projectAdmin = user("padmin", true, true, false);

    PanelApiFixture() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        SingleCalendar calendars = new SingleCalendar(BusinessCalendar.weekdays("default",
                ZoneId.of("Europe/Amsterdam"), 9, 17, Set.of()));
        ledger = new PromiseLedger(promiseStore, suggestionStore, new ActiveObjectsUnitOfWork(ao), new PromiseEvents(), clock);
        PromiseOverview overview = new PromiseOverview(ledger, calendars, clock);
        var timer = new io.promisekeeper.core.rules.FixedTimerForecast(0.25);
        AgentPanel panel = new AgentPanel(overview, new io.promisekeeper.core.view.NoticeOverview(prompts, journal,
                (p, now) -> risk != null ? risk : timer.of(p, now), clock),
                new io.promisekeeper.core.view.GestureOverview(delightActions,
                        io.promisekeeper.core.delight.DelightCatalogue::defaults, clock),
                () -> forecastStatus, new BundleTexts(), users, new VelocityTemplates());
        TicketAccess access = new TicketAccess(authentication, issues, permissions, timeZones, users,
                new io.promisekeeper.jira.event.ServiceTeam(permissions));
        // Field errors in the language the authentication context says (English unless a test says Dutch).
        io.promisekeeper.jira.text.ErrorText words = io.promisekeeper.jira.text.ErrorText.of(new BundleTexts(),
                authentication);
        resource = Answered.by(new PromiseResource(access, ledger, suggestionStore, panel, calendars, clock), words);
        gestureResource = Answered.by(new GestureResource(access, delightActions,
                new io.promisekeeper.core.delight.DelightDesk(delightActions, clock)), words);
        promptResource = Answered.by(new PromptResource(access, new io.promisekeeper.core.notice.PromptDecisions(prompts, journal,
                new io.promisekeeper.jira.store.ActiveObjectsNoticeLog(ao, clock), notice -> {
                    if (postFailure != null) {
                        throw postFailure;
                    }
                    posted.add(notice);
                }, clock)), words);
        configuration = new io.promisekeeper.core.settings.AdminConfiguration(
                new io.promisekeeper.jira.store.ActiveObjectsConfigDocuments(ao, clock),
                new io.promisekeeper.jira.store.ActiveObjectsAuditTrail(ao), new ActiveObjectsUnitOfWork(ao), clock,
                ZoneId.of("Europe/Amsterdam"));
        io.promisekeeper.jira.access.InsightAccess insightAccess = new io.promisekeeper.jira.access.InsightAccess(
                authentication, users, permissions, projects, timeZones, configuration);
        insight = Answered.by(new InsightResource(insightAccess, new io.promisekeeper.core.insight.InsightReader(promiseStore,
                keys -> {
                    java.util.Map<String, io.promisekeeper.core.insight.TicketFacts> facts = new java.util.HashMap<>();
                    keys.forEach(k -> facts.put(k, new io.promisekeeper.core.insight.TicketFacts(k,
                            k.endsWith("1") ? "Network" : COMPONENT_OF_OTHERS, "Get help")));
                    return facts;
                }, io.promisekeeper.core.delight.SatisfactionRatings.NONE, journal,
                (keys, from, to) -> gestures.stream().filter(g -> keys.contains(g.project())).toList()),
                users, configuration, clock), words);
        when(project.getKey()).thenReturn("HELP");
        when(projects.getProjectObjByKey("HELP")).thenReturn(project);
        when(issue.getKey()).thenReturn(TICKET);
        when(issues.getIssueObject(TICKET)).thenReturn(issue);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(timeZones.getTimeZoneforUser(any())).thenReturn(TimeZone.getTimeZone("Europe/Amsterdam"));
        when(project.getName()).thenReturn("Help desk");
        when(projects.getProjectObjects()).thenReturn(java.util.List.of(project));
        when(users.isUserInGroup(new UserKey("lead"), "service-leads")).thenReturn(true);
        when(permissions.hasPermission(eq(ProjectPermissions.ADMINISTER_PROJECTS),
                any(com.atlassian.jira.project.Project.class), eq(projectAdmin))).thenReturn(true);
        loggedIn(agent);
    }

    void loggedIn(ApplicationUser user) {
        when(authentication.getLoggedInUser()).thenReturn(user);
    }

    private ApplicationUser user(String key, boolean licensed, boolean browse, boolean isAgent) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(users.isLicensed(new UserKey(key))).thenReturn(licensed);
        when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(com.atlassian.jira.issue.Issue.class),
                eq(user))).thenReturn(browse);
        when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(com.atlassian.jira.project.Project.class),
                eq(user))).thenReturn(browse);
        when(permissions.hasPermission(eq(AGENT), any(com.atlassian.jira.issue.Issue.class), eq(user))).thenReturn(isAgent);
        when(permissions.hasPermission(eq(AGENT), any(com.atlassian.jira.project.Project.class), eq(user))).thenReturn(isAgent);
        return user;
    }

    @Override
    public void close() {
        ao.close();
    }
}
