package io.promisekeeper.cli.preview;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How to run the preview: the port on 127.0.0.1 (0 picks a free one), the npm {@code node_modules} folder
 * holding {@code @atlassian/aui} and {@code jquery}, the clock, and the service desk's time zone.
 */
public record PreviewOptions(int port, Path nodeModules, Clock clock, ZoneId zone) {
    public static final int DEFAULT_PORT = 2990;
    public static final Path DEFAULT_NODE_MODULES = Path.of("src", "preview", "node_modules");

    public PreviewOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        Objects.requireNonNull(nodeModules, "nodeModules");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
    }

    /** AUI's built files inside {@link #nodeModules}. */
    public Path auiFiles() {
        return nodeModules.resolve("@atlassian").resolve("aui").resolve("dist").resolve("aui");
    }

    /** jQuery's built files, which AUI needs first. */
    public Path jqueryFiles() {
        return nodeModules.resolve("jquery").resolve("dist");
    }
}
