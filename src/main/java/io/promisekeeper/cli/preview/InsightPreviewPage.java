package io.promisekeeper.cli.preview;

import static io.promisekeeper.jira.web.Html.escape;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.promisekeeper.core.insight.InsightReader;
import io.promisekeeper.core.settings.AdminConfiguration;
import io.promisekeeper.jira.access.AccessDenied;
import io.promisekeeper.jira.text.ErrorText;
import io.promisekeeper.jira.access.InsightAccess;
import io.promisekeeper.jira.access.InsightViewer;
import io.promisekeeper.jira.insight.InsightPage;
import io.promisekeeper.jira.insight.InsightPageContext;
import io.promisekeeper.standin.BundleTexts;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /plugins/servlet/promise-keeper/insight/project/KEY} and {@code .../insight/all}: the plugin's insight
 * page template with the servlet's own access check and context, plus what Jira's decorator would add (AUI, the
 * plugin's styles and script, the preview's banner). Denied callers get the status the servlet would send.
 */
public final class InsightPreviewPage implements HttpHandler {
    public static final String PATH = InsightPage.PAGE_PATH + "/";

    private final CallerCookies cookies;
    private final InsightAccess access;
    private final InsightReader reader;
    private final InsightPage page;
    private final AdminConfiguration configuration;
    private final PreviewUsers users;
    private final BundleTexts texts;
    private final Clock clock;
    private final boolean withAui;

    public InsightPreviewPage(CallerCookies cookies, InsightAccess access, InsightReader reader, InsightPage page,
                              AdminConfiguration configuration, PreviewUsers users, BundleTexts texts, Clock clock,
                              boolean withAui) {
        this.cookies = cookies;
        this.access = access;
        this.reader = reader;
        this.page = page;
        this.configuration = configuration;
        this.users = users;
        this.texts = texts;
        this.clock = clock;
        this.withAui = withAui;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!"GET".equals(exchange.getRequestMethod())
                    || !(path.equals(PATH + "all") || path.startsWith(PATH + "project/"))) {
                PreviewHtml.send(exchange, 404, "<!DOCTYPE html><p>Not found</p>");
                return;
            }
            Map<String, String> query = CallerCookies.query(exchange);
            Caller caller = cookies.callerOf(exchange, query);
            cookies.remember(exchange, caller);
            String projectKey = InsightPageContext.projectOf(exchange.getRequestURI().getRawPath());
            Map<String, String> params = new HashMap<>();
            for (String name : new String[] {"from", "to", "component", "project"}) {
                if (query.containsKey(name)) {
                    params.put(name, query.get(name));
                }
            }
            CallerCookies.as(caller, () -> {
                try {
                    InsightViewer viewer = projectKey == null ? access.allProjects() : access.project(projectKey);
                    Map<String, Object> context = InsightPageContext.context(viewer, projectKey, params, "", reader,
                            page, configuration, users, clock);
                    StringWriter html = new StringWriter(65_536);
                    page.render(context, html);
                    PreviewHtml.send(exchange, 200, decorate(html.toString(), caller, path));
                } catch (AccessDenied denied) {
                    PreviewHtml.send(exchange, denied.status(), "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
                            + denied.status() + "</title></head><body><p id=\"pk-insight-denied\">"
                            + escape(caller.user().fullName()) + ": " + escape(new ErrorText(texts, caller::locale).of(denied.errors().get(0))) + " ("
                            + denied.status() + ")</p></body></html>");
                }
            });
        }
    }

    private String decorate(String html, Caller caller, String path) {
        return PreviewHtml.framedAsAdmin(html, caller, withAui, "insight", "<header class=\"pk-preview-banner\"><strong>Promise Keeper preview, not Jira</strong>"
                + " &middot; insight as " + escape(caller.user().fullName()) + " &middot; <a href=\"/\">issue view</a>"
                + " &middot; <a href=\"" + PATH + "project/HELP\">HELP</a> &middot; <a href=\"" + PATH
                + "all\">all projects</a></header>\n", PreviewHtml.adminSidebar(texts, caller, path));
    }
}
