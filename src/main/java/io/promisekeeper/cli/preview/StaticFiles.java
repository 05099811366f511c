package io.promisekeeper.cli.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Serves files under a URL prefix, from a directory or from the class path, and nothing else: every path
 * segment must be a plain name (no "..", no hidden files, no back-slashes), and a file must still lie inside
 * the root after symbolic links are followed. Anything else is a 404, as if it did not exist.
 */
public final class StaticFiles implements HttpHandler {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("map", "application/json"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("eot", "application/vnd.ms-fontobject"));

    private final String prefix;
    private final Source source;

    private StaticFiles(String prefix, Source source) {
        this.prefix = prefix;
        this.source = source;
    }

    /** Files of {@code directory} under {@code prefix} (which ends with "/"). */
    public static StaticFiles directory(String prefix, Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        return new StaticFiles(prefix, relative -> {
            Path file = root.resolve(relative).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            if (!file.toRealPath().startsWith(root.toRealPath())) {
                return Optional.empty();
            }
            return Optional.of(Files.newInputStream(file));
        });
    }

    /** Class-path resources under {@code folder} (e.g. the plugin's {@code js}) under {@code prefix}. */
    public static StaticFiles classPath(String prefix, String folder) {
        return new StaticFiles(prefix, relative -> Optional.ofNullable(
                StaticFiles.class.getClassLoader().getResourceAsStream(folder + "/" + relative)));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                send(exchange, 405, null);
                return;
            }
            Optional<String> relative = relativePath(exchange.getRequestURI().getPath());
            Optional<InputStream> in = relative.isPresent() ? source.open(relative.get()) : Optional.empty();
            if (in.isEmpty()) {
                send(exchange, 404, null);
                return;
            }
            try (InputStream body = in.get()) {
                exchange.getResponseHeaders().set("Content-Type", type(relative.get()));
                exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
                send(exchange, 200, body);
            }
        }
    }

    /** The checked path below the prefix, or empty when it is not a plain relative path. */
    Optional<String> relativePath(String requestPath) {
        if (requestPath == null || !requestPath.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = requestPath.substring(prefix.length());
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        for (String segment : rest.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(rest);
    }

    private static String type(String path) {
        int dot = path.lastIndexOf('.');
        return TYPES.getOrDefault(dot < 0 ? "" : path.substring(dot + 1), "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, InputStream body) throws IOException {
        if (body == null) {
            byte[] text = (status == 404 ? "Not found" : "Method not allowed").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(status, text.length);
            exchange.getResponseBody().write(text);
            return;
        }
        byte[] bytes = body.readAllBytes();
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @FunctionalInterface
    private interface Source {
        Optional<InputStream> open(String relative) throws IOException;
    }
}
