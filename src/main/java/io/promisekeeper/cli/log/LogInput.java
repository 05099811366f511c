package io.promisekeeper.cli.log;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens log files, gzipped or not (recognised by content, not by name). */
public final class LogInput {
    private LogInput() {
    }

    public static InputStream open(Path file) {
        try {
            return decompressed(Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            throw new LogReadException(file.toString(), 0, "cannot open: " + e.getMessage());
        }
    }

    public static InputStream decompressed(InputStream raw, String name) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(2);
            int first = in.read();
            int second = in.read();
            in.reset();
            if (first == 0x1f && second == 0x8b) {
                return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            }
            return in;
        } catch (IOException e) {
            throw new LogReadException(name, 0, "cannot read: " + e.getMessage());
        }
    }

    /** The format implied by a file name: .xes → xes, .json → jira-json, else csv (".gz" ignored). */
    public static String formatOf(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".gz")) {
            lower = lower.substring(0, lower.length() - 3);
        }
        if (lower.endsWith(".xes")) {
            return "xes";
        }
        if (lower.endsWith(".json")) {
            return "jira-json";
        }
        return "csv";
    }
}
