package io.promisekeeper.cli.preview;

import com.sun.net.httpserver.HttpExchange;
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
