package io.promisekeeper.cli.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who the caller is in the preview: the user and language chosen on the page, kept in two cookies so the
 * panel's own REST calls act as the same person. Unknown values fall back to the agent, in English.
 */
public final class CallerCookies {
    public static final String USER_COOKIE = "pk-preview-user";
    public static final String LANGUAGE_COOKIE = "pk-preview-lang";
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final PreviewUsers users;

    public CallerCookies(PreviewUsers users) {
        this.users = users;
    }

    /** The caller of {@code exchange}: a choice in {@code query} wins over the cookies. */
    public Caller callerOf(HttpExchange exchange, Map<String, String> query) {
        Map<String, String> cookies = cookies(exchange);
        PreviewUser user = users.find(query.get("user"))
                .or(() -> users.find(cookies.get(USER_COOKIE)))
                .or(() -> users.find(PreviewUsers.DEFAULT_USER))
                .orElseThrow();
        String language = language(query.get("lang"));
        if (language == null) {
            language = language(cookies.get(LANGUAGE_COOKIE));
        }
        return new Caller(user, "nl".equals(language) ? DUTCH : Locale.ENGLISH);
    }

    /** Remembers {@code caller} for the next requests of this browser. */
    public void remember(HttpExchange exchange, Caller caller) {
        // Only known user keys and language codes get here, so the values need no quoting.
        exchange.getResponseHeaders().add("Set-Cookie",
                USER_COOKIE + "=" + caller.user().key() + "; Path=/; SameSite=Strict; HttpOnly");
        exchange.getResponseHeaders().add("Set-Cookie",
                LANGUAGE_COOKIE + "=" + caller.locale().getLanguage() + "; Path=/; SameSite=Strict; HttpOnly");
    }

    /** {@code handler} run as the caller the cookies name, as Jira runs a request as its logged-in user. */
    public HttpHandler around(HttpHandler handler) {
        return exchange -> {
            CurrentCaller.set(callerOf(exchange, Map.of()));
            try {
                handler.handle(exchange);
            } finally {
                CurrentCaller.clear();
            }
        };
    }

    /** Runs {@code work} as {@code caller} on this thread. */
    public static void as(Caller caller, IoWork work) throws IOException {
        CurrentCaller.set(caller);
        try {
            work.run();
        } finally {
            CurrentCaller.clear();
        }
    }

    /** Work that may fail on I/O. */
    @FunctionalInterface
    public interface IoWork {
        void run() throws IOException;
    }

    /** The decoded query parameters of {@code exchange}; the first value of each name. */
    public static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> out = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.putIfAbsent(name, value);
        }
        return out;
    }

    private static String language(String code) {
        return "nl".equals(code) || "en".equals(code) ? code : null;
    }

    private static Map<String, String> cookies(HttpExchange exchange) {
        Map<String, String> out = new HashMap<>();
        List<String> headers = exchange.getRequestHeaders().getOrDefault("Cookie", List.of());
        for (String header : headers) {
            for (String part : header.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    out.putIfAbsent(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
                }
            }
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
