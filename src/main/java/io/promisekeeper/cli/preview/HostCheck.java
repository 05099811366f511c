package io.promisekeeper.cli.preview;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import io.promisekeeper.jira.rest.SecurityHeaders;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Answers only requests addressed to the preview by its loopback name ({@code Host: 127.0.0.1:<port>} or
 * {@code localhost:<port>}); anything else gets 421 before any handler runs, so a page on another site that rebinds
 * its own name to 127.0.0.1 (DNS rebinding) reaches nothing and changes nothing. Pages also get the app's security
 * headers here; REST replies get them from {@link SecurityHeaders} as in Jira.
 */
final class HostCheck extends Filter {
    private final Set<String> hosts;
    private final boolean pageHeaders;

    private HostCheck(Set<String> hosts, boolean pageHeaders) {
        this.hosts = hosts;
        this.pageHeaders = pageHeaders;
    }

    /** For a context on {@code port}; {@code pageHeaders} false where the handler sets the headers itself. */
    static HostCheck on(int port, boolean pageHeaders) {
        return new HostCheck(Set.of("127.0.0.1:" + port, "localhost:" + port), pageHeaders);
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (pageHeaders || !allowed(host)) {
            SecurityHeaders.PAGE.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        }
        if (!allowed(host)) {
            byte[] body = "{\"errors\":[{\"field\":\"Host\",\"message\":\"This preview answers only 127.0.0.1 and localhost on its port.\"}]}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getRequestBody().close();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(421, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            return;
        }
        chain.doFilter(exchange);
    }

    private boolean allowed(String host) {
        return host != null && hosts.contains(host.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public String description() {
        return "answers only its loopback name on its port";
    }
}
