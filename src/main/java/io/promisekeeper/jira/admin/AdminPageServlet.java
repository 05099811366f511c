package io.promisekeeper.jira.admin;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.promisekeeper.jira.event.TicketWorkQueue;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * The app's page in Jira administration (the plugin's configure URL): Jira administrators only, in a secure
 * administrator session (WebSudo). The page itself only shows; every change goes through the admin REST API.
 */
@AdminOnly
public class AdminPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = AdminPage.TEMPLATE;
    static final String WEB_RESOURCE = "io.promisekeeper.promise-keeper-jsm:admin-resources";

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient WebSudoManager webSudo;
    private final transient JiraAuthenticationContext authentication;
    private final transient AdminPage page;
    private final transient TicketWorkQueue workQueue;
    private final transient PageBuilderService pageBuilder;
    private final transient io.promisekeeper.core.learning.RiskForecasts forecasts;
    private final transient com.atlassian.sal.api.message.I18nResolver i18n;

    public AdminPageServlet(UserManager userManager, LoginUriProvider loginUriProvider, WebSudoManager webSudo,
                            JiraAuthenticationContext authentication, AdminPage page, TicketWorkQueue workQueue,
                            PageBuilderService pageBuilder, io.promisekeeper.core.learning.RiskForecasts forecasts,
                            com.atlassian.sal.api.message.I18nResolver i18n) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.webSudo = webSudo;
        this.authentication = authentication;
        this.page = page;
        this.workQueue = workQueue;
        this.pageBuilder = pageBuilder;
        this.forecasts = forecasts;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        io.promisekeeper.jira.rest.SecurityHeaders.PAGE.forEach(response::setHeader);
        UserKey user = userManager.getRemoteUserKey();
        if (user == null) {
            response.sendRedirect(loginUriProvider.getLoginUri(requestUri(request)).toASCIIString());
            return;
        }
        if (!userManager.isAdmin(user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!webSudo.canExecuteRequest(request)) {
            // Jira sends the administrator to confirm their password, then back here.
            webSudo.enforceWebSudoProtection(request, response);
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        Map<String, Object> context = page.context(authentication.getLocale(), request.getContextPath());
        context.put("queued", workQueue.queued());
        context.put("capacity", workQueue.capacity());
        context.put("dropped", workQueue.rejectedCount());
        context.put("forecastHtml", io.promisekeeper.jira.web.Html.escape(io.promisekeeper.jira.panel.ForecastStatusText
                .of(forecasts.status(), i18n, authentication.getLocale(), java.time.ZoneId.systemDefault())));
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        page.render(context, response.getWriter());
    }

    private static URI requestUri(HttpServletRequest request) {
        StringBuilder uri = new StringBuilder(request.getRequestURI());
        if (request.getQueryString() != null) {
            uri.append('?').append(request.getQueryString());
        }
        return URI.create(uri.toString());
    }
}
