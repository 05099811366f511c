package io.promisekeeper.jira.insight;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.promisekeeper.core.insight.InsightReader;
import io.promisekeeper.core.settings.AdminConfiguration;
import io.promisekeeper.jira.access.AccessDenied;
import io.promisekeeper.jira.access.InsightAccess;
import io.promisekeeper.jira.access.InsightViewer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The insight pages: {@code /plugins/servlet/promise-keeper/insight/project/KEY} for one service project (its
 * project administrators, members of the lead groups, Jira administrators) and {@code .../insight/all} across projects (Jira
 * administrators). Read only; filters are GET parameters, so the page needs no XSRF token.
 */
@LicensedOnly
public class InsightPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String WEB_RESOURCE = "io.promisekeeper.promise-keeper-jsm:insight-resources";

    private final transient UserManager users;
    private final transient LoginUriProvider loginUriProvider;
    private final transient InsightAccess access;
    private final transient InsightReader reader;
    private final transient InsightPage page;
    private final transient AdminConfiguration configuration;
    private final transient PageBuilderService pageBuilder;
    private final transient Clock clock;

    public InsightPageServlet(UserManager users, LoginUriProvider loginUriProvider, InsightAccess access,
                              InsightReader reader, InsightPage page, AdminConfiguration configuration,
                              PageBuilderService pageBuilder, Clock clock) {
        this.users = users;
        this.loginUriProvider = loginUriProvider;
        this.access = access;
        this.reader = reader;
        this.page = page;
        this.configuration = configuration;
        this.pageBuilder = pageBuilder;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        io.promisekeeper.jira.rest.SecurityHeaders.PAGE.forEach(response::setHeader);
        String projectKey = projectOf(request.getRequestURI());
        Map<String, String> params = new HashMap<>();
        for (String name : List.of("from", "to", "component", "project")) {
            String value = request.getParameter(name);
            if (value != null) {
                params.put(name, value);
            }
        }
        try {
            InsightViewer viewer = projectKey == null ? access.allProjects() : access.project(projectKey);
            Map<String, Object> context = context(viewer, projectKey, params, request.getContextPath());
            pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            page.render(context, response.getWriter());
        } catch (AccessDenied denied) {
            if (denied.status() == 401) {
                response.sendRedirect(loginUriProvider.getLoginUri(requestUri(request)).toASCIIString());
            } else {
                response.sendError(denied.status());
            }
        }
    }

    private Map<String, Object> context(InsightViewer viewer, String projectKey, Map<String, String> params,
                                        String contextPath) {
        return InsightPageContext.context(viewer, projectKey, params, contextPath, reader, page, configuration, users,
                clock);
    }

    /** The project key in {@code .../insight/project/KEY}; null for the page across projects. */
    public static String projectOf(String requestUri) {
        return InsightPageContext.projectOf(requestUri);
    }

    private static URI requestUri(HttpServletRequest request) {
        StringBuilder uri = new StringBuilder(request.getRequestURI());
        if (request.getQueryString() != null) {
            uri.append('?').append(request.getQueryString());
        }
        return URI.create(uri.toString());
    }
}
