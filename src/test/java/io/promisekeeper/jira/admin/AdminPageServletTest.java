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

import com.atlassian.sal.api.auth.LoginUriProvider;
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
    private final AdminPageServlet servlet = new AdminPageServlet(users, login, renderer, queue, pageBuilder);
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
        StringWriter body = new StringWriter();
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        servlet.doGet(request, response);
        verify(renderer).render(eq(AdminPageServlet.TEMPLATE), anyMap(), any());
        verify(pageBuilder.assembler().resources()).requireWebResource(AdminPageServlet.WEB_RESOURCE);
        verify(response, never()).sendError(org.mockito.ArgumentMatchers.anyInt());
        assertThat(AdminPageServlet.WEB_RESOURCE).endsWith(":admin-resources");
    }
}
