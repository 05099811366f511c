package io.promisekeeper.cli.preview;

import static io.promisekeeper.jira.web.Html.escape;

import com.atlassian.sal.api.message.I18nResolver;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.promisekeeper.jira.access.AccessDenied;
import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.jira.text.ErrorText;
import io.promisekeeper.jira.access.TicketAccess;
import io.promisekeeper.jira.panel.AgentPanel;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /browse/KEY}: a page shaped like the JSM agent view (key, summary, request details, a right-hand
 * column) with the plugin's panel in the right-hand column, rendered by the plugin's own {@link AgentPanel},
 * and the plugin's own script and styles. Every text the page itself prints is escaped.
 */
public final class IssueViewPage implements HttpHandler {
    static final String PREFIX = "/browse/";

    private final PreviewTickets tickets;
    private final PreviewUsers users;
    private final CallerCookies cookies;
    private final TicketAccess access;
    private final AgentPanel panel;
    private final I18nResolver i18n;
    private final PreviewComments notices;
    private final boolean withAui;

    public IssueViewPage(PreviewTickets tickets, PreviewUsers users, CallerCookies cookies, TicketAccess access,
                         AgentPanel panel, I18nResolver i18n, PreviewComments notices, boolean withAui) {
        this.notices = notices;
        this.tickets = tickets;
        this.users = users;
        this.cookies = cookies;
        this.access = access;
        this.panel = panel;
        this.i18n = i18n;
        this.withAui = withAui;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                PreviewHtml.send(exchange, 405, "<p>Method not allowed</p>");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if ("/".equals(path)) {
                exchange.getResponseHeaders().set("Location", PREFIX + SampleDesk.BUSY_TICKET);
                exchange.sendResponseHeaders(303, -1);
                return;
            }
            Optional<PreviewTicket> ticket = path.startsWith(PREFIX) ? tickets.find(path.substring(PREFIX.length()))
                    : Optional.empty();
            Caller caller = cookies.callerOf(exchange, CallerCookies.query(exchange));
            cookies.remember(exchange, caller);
            if (ticket.isEmpty()) {
                PreviewHtml.send(exchange, 404, page(caller, null, null, new ErrorText(i18n, caller::locale).of(
                        FieldError.of("path", "There is no ticket at " + path + ".", "noTicket", path))));
                return;
            }
            int[] status = {200};
            String[] html = new String[1];
            CallerCookies.as(caller, () -> {
                try {
                    html[0] = page(caller, ticket.get(), panel.render(access.reader(ticket.get().key())), null);
                } catch (AccessDenied e) {
                    status[0] = e.status();
                    html[0] = page(caller, ticket.get(), null, new ErrorText(i18n, caller::locale).of(e.errors().get(0)));
                }
            });
            PreviewHtml.send(exchange, status[0], html[0]);
        }
    }

    private String page(Caller caller, PreviewTicket ticket, String panelHtml, String denied) {
        boolean visible = ticket != null && denied == null;
        String title = visible ? "[" + ticket.key() + "] " + ticket.summary() : denied;
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(caller.locale().getLanguage())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"ajs-context-path\" content=\"\">\n")
                .append("<title>").append(escape(title)).append(" - Promise Keeper preview</title>\n");
        if (withAui) {
            out.append("<link rel=\"stylesheet\" href=\"/aui/aui-prototyping.css\">\n");
        }
        out.append("<link rel=\"stylesheet\" href=\"/plugin/css/promise-panel.css\">\n")
                .append("<link rel=\"stylesheet\" href=\"/preview/preview.css\">\n")
                .append("</head>\n<body class=\"aui-layout aui-theme-default pk-preview\">\n");
        header(out, caller, ticket);
        out.append("<main id=\"pk-issue-view\" class=\"pk-issue\">\n");
        if (!visible) {
            out.append("<div class=\"pk-issue-denied aui-message aui-message-warning\"><p class=\"title\"><strong>")
                    .append(escape(denied)).append("</strong></p></div>\n");
        } else {
            issue(out, caller, ticket, panelHtml);
        }
        out.append("</main>\n");
        if (withAui) {
            out.append("<script src=\"/jquery/jquery.min.js\"></script>\n")
                    .append("<script src=\"/aui/aui-prototyping.js\"></script>\n");
        }
        out.append("<script src=\"/plugin/js/promise-panel.js\"></script>\n</body>\n</html>\n");
        return out.toString();
    }

    private void header(StringBuilder out, Caller caller, PreviewTicket ticket) {
        String action = ticket == null ? PREFIX + SampleDesk.BUSY_TICKET : PREFIX + ticket.key();
        out.append("<header id=\"header\" role=\"banner\"><nav class=\"aui-header\" aria-label=\"site\">")
                .append("<div class=\"aui-header-inner\"><div class=\"aui-header-primary\">")
                .append("<span class=\"aui-header-logo pk-logo\">Promise Keeper <small>preview, not Jira</small></span>")
                .append("<ul class=\"aui-nav\">");
        for (PreviewTicket t : tickets.all()) {
            out.append("<li><a href=\"").append(escape(PREFIX + t.key())).append("\">").append(escape(t.key()))
                    .append("</a></li>");
        }
        out.append("</ul></div><div class=\"aui-header-secondary\">")
                .append("<form class=\"aui pk-switcher\" method=\"get\" action=\"").append(escape(action)).append("\">")
                .append("<label for=\"pk-preview-user\">User</label> <select class=\"select\" id=\"pk-preview-user\" name=\"user\">");
        for (PreviewUser u : users.all()) {
            out.append("<option value=\"").append(escape(u.key())).append('"')
                    .append(u.equals(caller.user()) ? " selected" : "").append('>')
                    .append(escape(u.key() + " (" + u.role() + ")")).append("</option>");
        }
        String lang = caller.locale().getLanguage();
        out.append("</select> <label for=\"pk-preview-lang\">Language</label> ")
                .append("<select class=\"select\" id=\"pk-preview-lang\" name=\"lang\">")
                .append("<option value=\"en\"").append("en".equals(lang) ? " selected" : "").append(">English</option>")
                .append("<option value=\"nl\"").append("nl".equals(lang) ? " selected" : "").append(">Nederlands</option>")
                .append("</select> <button class=\"aui-button\" type=\"submit\" id=\"pk-preview-switch\">Switch</button>")
                .append("</form></div></div></nav></header>\n");
    }

    private void issue(StringBuilder out, Caller caller, PreviewTicket ticket, String panelHtml) {
        out.append("<div class=\"pk-issue-head\"><ol class=\"aui-nav aui-nav-breadcrumbs\">")
                .append("<li>Help desk</li><li><a id=\"key-val\" href=\"").append(escape(PREFIX + ticket.key())).append("\">")
                .append(escape(ticket.key())).append("</a></li></ol>")
                .append("<h1 id=\"summary-val\">").append(escape(ticket.summary())).append("</h1></div>\n")
                .append("<div class=\"pk-issue-columns\">\n<section class=\"pk-issue-main\">\n")
                .append("<div class=\"module\"><h2 class=\"pk-module-title\">Description</h2><p class=\"pk-description\">")
                .append(escape(ticket.description())).append("</p><p class=\"pk-reporter\">Raised by ")
                .append(escape(users.find(ticket.reporterKey()).map(PreviewUser::fullName).orElse(ticket.reporterKey())))
                .append("</p></div>\n<div class=\"module\"><h2 class=\"pk-module-title\">Activity</h2>");
        if (ticket.agentComments().isEmpty() && notices.of(ticket.key()).isEmpty()) {
            out.append("<p class=\"pk-no-comments\">No comments yet.</p>");
        }
        for (String comment : ticket.agentComments()) {
            out.append("<div class=\"pk-comment\"><p class=\"pk-comment-author\">Alex Agent &middot; reply to customer</p><p>")
                    .append(escape(comment)).append("</p></div>");
        }
        for (String notice : notices.of(ticket.key())) {
            out.append("<div class=\"pk-comment pk-comment-notice\"><p class=\"pk-comment-author\">Alex Agent &middot;")
                    .append(" reply to customer (delay notice)</p><p>").append(escape(notice)).append("</p></div>");
        }
        out.append("</div>\n</section>\n<aside class=\"pk-issue-side\" id=\"viewissuesidebar\">\n")
                .append("<div class=\"module\" id=\"promise-keeper-web-panel\"><div class=\"mod-header\"><h2 class=\"pk-module-title\">")
                .append(escape(i18n.getText(caller.locale(), "promise-keeper.panel.label"))).append("</h2></div><div class=\"mod-content\">\n")
                .append(panelHtml).append("\n</div></div>\n</aside>\n</div>\n");
    }
}
