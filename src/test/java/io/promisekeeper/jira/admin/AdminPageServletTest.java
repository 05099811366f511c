package io.promisekeeper.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.promisekeeper.jira.event.TicketWorkQueue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdminPageServletTest {
    private final UserManager users = mock(UserManager.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final TicketWorkQueue queue = new TicketWorkQueue(1, 5);
    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final AdminPageServlet servlet = new AdminPageServlet(users, login, webSudo, authentication,
            new AdminPage(i18n, renderer), queue, pageBuilder, forecasts(), i18n);

    /** No model stored yet: the fixed timer decides. */
    private static io.promisekeeper.core.learning.RiskForecasts forecasts() {
        io.promisekeeper.core.learning.RiskForecasts forecasts = mock(io.promisekeeper.core.learning.RiskForecasts.class);
        when(forecasts.status()).thenReturn(new io.promisekeeper.core.learning.ForecastStatus(
                io.promisekeeper.core.learning.ForecastStatus.Mode.FALLBACK, null, 37, 200, "not enough", false));
        return forecasts;
    }
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);

    @AfterEach
    void close() {
        queue.close();
    }

    @Test
    void anonymousUsersAreSentToLogInAndBackAgain() throws Exception {
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/promise-keeper/admin");
        when(login.getLoginUri(URI.create("/jira/plugins/servlet/promise-keeper/admin")))
                .thenReturn(URI.create("/jira/login.jsp?os_destination=x"));
        servlet.doGet(request, response);
        verify(response).sendRedirect("/jira/login.jsp?os_destination=x");
        verify(renderer, never()).render(any(), anyMap(), any());
    }

    @Test
    void usersWhoAreNotAdministratorsAreForbidden() throws Exception {
        UserKey agent = new UserKey("agent");
        when(users.getRemoteUserKey()).thenReturn(agent);
        when(users.isAdmin(agent)).thenReturn(false);
        servlet.doGet(request, response);
        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        verify(renderer, never()).render(any(), anyMap(), any());
    }

    @Test
    void administratorsSeeThePage() throws Exception {
        UserKey admin = new UserKey("admin");
        when(users.getRemoteUserKey()).thenReturn(admin);
        when(users.isAdmin(admin)).thenReturn(true);
        when(webSudo.canExecuteRequest(request)).thenReturn(true);
        when(request.getContextPath()).thenReturn("/jira");
        when(i18n.getText(any(), any())).thenReturn("</script><b>x</b>");
        StringWriter body = new StringWriter();
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        servlet.doGet(request, response);
        @SuppressWarnings("unchecked")
        org.mockito.ArgumentCaptor<java.util.Map<String, Object>> context = org.mockito.ArgumentCaptor.forClass(java.util.Map.class);
        verify(renderer).render(eq(AdminPageServlet.TEMPLATE), context.capture(), any());
        assertThat(context.getValue().get("restUrlHtml")).isEqualTo("/jira/rest/promise-keeper/1.0/admin");
        // Texts travel in a script block: nothing in them may end it or start a tag.
        assertThat((String) context.getValue().get("scriptTextsJson")).contains("\\u003c/script\\u003e")
                .doesNotContain("<").doesNotContain(">");
        verify(pageBuilder.assembler().resources()).requireWebResource(AdminPageServlet.WEB_RESOURCE);
        verify(response, never()).sendError(org.mockito.ArgumentMatchers.anyInt());
        assertThat(AdminPageServlet.WEB_RESOURCE).endsWith(":admin-resources");
    }

    @Test
    void withoutASecureAdministratorSessionJiraAsksForThePasswordFirst() throws Exception {
        UserKey admin = new UserKey("admin");
        when(users.getRemoteUserKey()).thenReturn(admin);
        when(users.isAdmin(admin)).thenReturn(true);
        when(webSudo.canExecuteRequest(request)).thenReturn(false);
        servlet.doGet(request, response);
        verify(webSudo).enforceWebSudoProtection(request, response);
        verify(renderer, never()).render(any(), anyMap(), any());
    }
}
