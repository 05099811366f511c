package io.promisekeeper.cli.preview;

import com.sun.net.httpserver.HttpExchange;
import io.promisekeeper.jira.web.Html;
import io.promisekeeper.standin.BundleTexts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** How the preview's pages go out: never cached, never sniffed, and a page the plugin renders framed like Jira's. */
final class PreviewHtml {
    private PreviewHtml() {
    }

    /** Sends {@code html} with {@code status}. */
    static void send(HttpExchange exchange, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }

    /**
     * The sidebar of Jira's administration as the app adds to it (its section and links), in the caller's language,
     * with {@code selected} (a path) marked.
     */
    static String adminSidebar(BundleTexts texts, Caller caller, String selected) {
        StringBuilder nav = new StringBuilder("<nav class=\"aui-navgroup aui-navgroup-vertical pk-admin-sidebar\">"
                + "<div class=\"aui-navgroup-inner\"><div class=\"aui-nav-heading\"><strong>")
                .append(Html.escape(texts.getText(caller.locale(), "promise-keeper.admin.section")))
                .append("</strong></div><ul class=\"aui-nav\">");
        String[][] links = {{AdminPreviewPage.PATH, "promise-keeper.admin.link"},
            {InsightPreviewPage.PATH + "all", "promise-keeper.insight.link"}};
        for (String[] link : links) {
            nav.append("<li").append(link[0].equals(selected) ? " class=\"aui-nav-selected\"" : "").append("><a href=\"")
                    .append(link[0]).append("\">")
                    .append(Html.escape(texts.getText(caller.locale(), link[1])))
                    .append("</a></li>");
        }
        return nav.append("</ul></div></nav>").toString();
    }

    /**
     * A page the plugin rendered inside the AUI page layout of Jira's administration: the page panel with the
     * {@code sidebar} (already escaped) beside the content, as Jira's {@code atl.admin} decorator lays it out.
     */
    static String framedAsAdmin(String html, Caller caller, boolean withAui, String name, String banner,
                                String sidebar) {
        String page = framed(html, caller, withAui, name, banner);
        return page.replace("<body class=\"aui-page-focused aui-theme-default\">",
                        "<body class=\"aui-layout aui-theme-default pk-preview-jira-admin\">")
                .replace("<main class=\"pk-preview-admin\">\n", "<div id=\"page\"><section id=\"content\" role=\"main\">"
                        + "<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">"
                        + "<div class=\"aui-page-panel-nav\">" + sidebar + "</div>"
                        + "<section class=\"aui-page-panel-content\">\n")
                .replace("</main>\n", "</section></div></div></section></div>\n");
    }

    /**
     * A page the plugin rendered, with what Jira's decorator would add: AUI (when installed), the plugin's own
     * {@code name}.css and .js, and the preview's {@code banner} (already escaped) above it.
     */
    static String framed(String html, Caller caller, boolean withAui, String name, String banner) {
        StringBuilder head = new StringBuilder("<meta charset=\"utf-8\">\n");
        if (withAui) {
            head.append("<link rel=\"stylesheet\" href=\"/aui/aui-prototyping.css\">\n");
        }
        head.append("<link rel=\"stylesheet\" href=\"/plugin/css/").append(name).append(".css\">\n")
                .append("<link rel=\"stylesheet\" href=\"/preview/preview.css\">\n");
        StringBuilder scripts = new StringBuilder("</main>\n");
        if (withAui) {
            scripts.append("<script src=\"/jquery/jquery.min.js\"></script>\n")
                    .append("<script src=\"/aui/aui-prototyping.js\"></script>\n");
        }
        scripts.append("<script src=\"/plugin/js/").append(name).append(".js\"></script>\n");
        return html.replaceFirst("<html>", "<!DOCTYPE html>\n<html lang=\"" + caller.locale().getLanguage() + "\">")
                .replace("<head>", "<head>\n" + head)
                .replaceFirst("<body>", "<body class=\"aui-page-focused aui-theme-default\">\n" + banner
                        + "<main class=\"pk-preview-admin\">\n")
                .replace("</body>", scripts + "</body>");
    }
}
