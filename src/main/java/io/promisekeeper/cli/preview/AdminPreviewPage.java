package io.promisekeeper.cli.preview;

import static io.promisekeeper.jira.web.Html.escape;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.promisekeeper.jira.admin.AdminPage;
import io.promisekeeper.standin.BundleTexts;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * {@code /plugins/servlet/promise-keeper/admin}: the plugin's own admin page template and script, for Jira
 * administrators only (403 for everyone else), with what Jira's admin decorator and web-resource manager would
 * add around it: AUI, the plugin's styles and script, and the preview's user switcher.
 */
public final class AdminPreviewPage implements HttpHandler {
    public static final String PATH = "/plugins/servlet/promise-keeper/admin";

    private final PreviewUsers users;
    private final CallerCookies cookies;
    private final AdminPage page;
    private final BundleTexts texts;
    private final boolean withAui;

    public AdminPreviewPage(PreviewUsers users, CallerCookies cookies, AdminPage page, BundleTexts texts,
                            boolean withAui) {
        this.users = users;
        this.cookies = cookies;
        this.page = page;
        this.texts = texts;
        this.withAui = withAui;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) || !PATH.equals(exchange.getRequestURI().getPath())) {
                PreviewHtml.send(exchange, 404, "<!DOCTYPE html><p>Not found</p>");
                return;
            }
            Caller caller = cookies.callerOf(exchange, CallerCookies.query(exchange));
            cookies.remember(exchange, caller);
            if (!users.isAdmin(new com.atlassian.sal.api.user.UserKey(caller.user().key()))) {
                PreviewHtml.send(exchange, 403, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Forbidden</title></head>"
                        + "<body><p id=\"pk-admin-forbidden\">" + escape(caller.user().fullName())
                        + " is no Jira administrator (403).</p></body></html>");
                return;
            }
            Map<String, Object> context = page.context(caller.locale(), "");
            // The preview has no ticket work queue; the health table shows it idle.
            context.put("queued", 0);
            context.put("capacity", 0);
            context.put("dropped", 0);
            // The preview keeps no trained forecast: the fixed timer decides, as in a new Jira instance.
            context.put("forecastHtml", io.promisekeeper.jira.web.Html.escape(texts.getText(caller.locale(),
                    "promise-keeper.forecast.fallback", 0, io.promisekeeper.core.learning.ForecastTraining.MIN_TRAINING_TICKETS)));
            StringWriter html = new StringWriter(32_768);
            page.render(context, html);
            PreviewHtml.send(exchange, 200, decorate(html.toString(), caller));
        }
    }

    private String decorate(String html, Caller caller) {
        return PreviewHtml.framedAsAdmin(html, caller, withAui, "admin", "<header class=\"pk-preview-banner\"><strong>Promise Keeper preview, not Jira</strong>"
                + " &middot; administration as " + escape(caller.user().fullName()) + " &middot; <a href=\"/\">issue"
                + " view</a> &middot; <a href=\"?lang=en\">English</a> <a href=\"?lang=nl\">Nederlands</a></header>\n",
                PreviewHtml.adminSidebar(texts, caller, PATH));
    }
}
