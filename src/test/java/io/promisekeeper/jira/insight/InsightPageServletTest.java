package io.promisekeeper.jira.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.promisekeeper.core.config.ConfigDocument;
import io.promisekeeper.core.config.ConfigDocuments;
import io.promisekeeper.core.insight.GestureFactsSource;
import io.promisekeeper.core.insight.InsightReader;
import io.promisekeeper.core.delight.SatisfactionRatings;
import io.promisekeeper.core.notice.NoticeJournal;
import io.promisekeeper.core.promise.PromiseStore;
import io.promisekeeper.core.settings.AdminConfiguration;
import io.promisekeeper.jira.access.InsightAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who gets the insight pages: denials never render anything. */
class InsightPageServletTest {
    private final UserManager users = mock(UserManager.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final TimeZoneManager timeZones = mock(TimeZoneManager.class);
    private final ConfigDocuments documents = mock(ConfigDocuments.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final Project help = mock(Project.class);
    private InsightPageServlet servlet;

    @BeforeEach
    void setUp() throws Exception {
        AdminConfiguration configuration = new AdminConfiguration(documents,
                mock(io.promisekeeper.core.config.AuditTrail.class), mock(io.promisekeeper.core.promise.UnitOfWork.class),
                Clock.systemUTC(), ZoneOffset.UTC);
        when(documents.read(AdminConfiguration.INSIGHT)).thenReturn(Optional.of(new ConfigDocument(
                AdminConfiguration.INSIGHT, "{\"leadGroups\": [\"leads\"]}", 1, "admin", Instant.EPOCH)));
        InsightAccess access = new InsightAccess(authentication, users, permissions, projects, timeZones, configuration);
        InsightReader reader = new InsightReader(mock(PromiseStore.class), keys -> Map.of(), SatisfactionRatings.NONE,
                mock(NoticeJournal.class), GestureFactsSource.none());
        servlet = new InsightPageServlet(users, login, access, reader,
                new InsightPage((locale, key, args) -> key, renderer), configuration, pageBuilder,
                Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC")));
        when(help.getKey()).thenReturn("HELP");
        when(projects.getProjectObjByKey("HELP")).thenReturn(help);
        when(projects.getProjectObjects()).thenReturn(List.of(help));
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
    }

    private ApplicationUser as(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(authentication.getLoggedInUser()).thenReturn(user);
        return user;
    }

    @Test
    void anonymousUsersAreSentToLogIn() throws Exception {
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/promise-keeper/insight/project/HELP");
        when(login.getLoginUri(URI.create("/jira/plugins/servlet/promise-keeper/insight/project/HELP")))
                .thenReturn(URI.create("/jira/login.jsp"));
        servlet.doGet(request, response);
        verify(response).sendRedirect("/jira/login.jsp");
        verify(renderer, never()).render(any(), anyMap(), any());
    }

    @Test
    void aUserOutsideTheAllowedGroupsIsForbiddenTheProjectPage() throws Exception {
        as("agent");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/promise-keeper/insight/project/HELP");
        servlet.doGet(request, response);
        verify(response).sendError(403);
        verify(renderer, never()).render(any(), anyMap(), any());
    }

    @Test
    void leadsAndProjectAdministratorsSeeTheProjectPageButNotTheOneAcrossProjects() throws Exception {
        ApplicationUser lead = as("lead");
        when(users.isUserInGroup(new UserKey("lead"), "leads")).thenReturn(true);
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/promise-keeper/insight/project/HELP");
        servlet.doGet(request, response);
        verify(response).sendError(403);
        verify(renderer, org.mockito.Mockito.never()).render(eq(InsightPage.TEMPLATE), anyMap(), any());
        // The group grants insight only where the lead may browse the project.
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, help, lead)).thenReturn(true);
        servlet.doGet(request, response);
        verify(renderer).render(eq(InsightPage.TEMPLATE), anyMap(), any());
        verify(response, org.mockito.Mockito.atLeastOnce()).setHeader("X-Frame-Options", "SAMEORIGIN");
        verify(response, org.mockito.Mockito.atLeastOnce()).setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        verify(response, org.mockito.Mockito.atLeastOnce()).setHeader("X-Content-Type-Options", "nosniff");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/promise-keeper/insight/all");
        servlet.doGet(request, response);
        verify(response, org.mockito.Mockito.times(2)).sendError(403);

        ApplicationUser padmin = as("padmin");
        when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, help, padmin)).thenReturn(true);
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/promise-keeper/insight/project/HELP");
        servlet.doGet(request, response);
        verify(renderer, org.mockito.Mockito.times(2)).render(eq(InsightPage.TEMPLATE), anyMap(), any());
    }

    @Test
    void jiraAdministratorsSeeThePageAcrossProjectsAndUnknownProjectsAreNotFound() throws Exception {
        as("admin");
        when(users.isAdmin(new UserKey("admin"))).thenReturn(true);
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/promise-keeper/insight/all");
        servlet.doGet(request, response);
        verify(renderer).render(eq(InsightPage.TEMPLATE), anyMap(), any());
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/promise-keeper/insight/project/NOPE");
        servlet.doGet(request, response);
        verify(response).sendError(404);
    }

    @Test
    void theProjectComesFromThePath() {
        assertThat(InsightPageServlet.projectOf("/jira/plugins/servlet/promise-keeper/insight/project/HELP")).isEqualTo("HELP");
        assertThat(InsightPageServlet.projectOf("/plugins/servlet/promise-keeper/insight/project/HELP/x")).isEqualTo("HELP");
        assertThat(InsightPageServlet.projectOf("/plugins/servlet/promise-keeper/insight/all")).isNull();
        assertThat(InsightPageServlet.projectOf("/plugins/servlet/promise-keeper/insight/project/")).isBlank().isNotNull();
    }
}
