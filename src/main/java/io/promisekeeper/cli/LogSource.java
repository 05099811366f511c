package io.promisekeeper.cli;

import io.promisekeeper.cli.log.CsvLogReader;
import io.promisekeeper.cli.log.JiraSearchReader;
import io.promisekeeper.cli.log.LogInput;
import io.promisekeeper.cli.log.LogMapping;
import io.promisekeeper.cli.log.LogReadException;
import io.promisekeeper.cli.log.ReadProgress;
import io.promisekeeper.cli.log.XesLogReader;
import io.promisekeeper.core.forecast.EventLog;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The log options shared by the commands, and the reading of the log they describe. */
public final class LogSource {
    /** Where the bundled sample log and its mapping live on the class path. */
    public static final String SAMPLE = "/io/promisekeeper/cli/sample/";
    public static final String SAMPLE_LOG = "uci-incident-event-log.csv.gz";

    @Option(names = "--log", description = "Event log file (CSV, XES or Jira JSON; gzipped or not). Default: the bundled sample log.")
    Path log;
    @Option(names = "--format", description = "csv, xes or jira-json (default: from the file name)")
    String format;
    @Option(names = "--case", description = "Case id column") String caseColumn;
    @Option(names = "--time", description = "Event time column") String timeColumn;
    @Option(names = "--status", description = "Status column") String statusColumn;
    @Option(names = "--opened", description = "Opened time column (default: first event)") String openedColumn;
    @Option(names = "--resolved", description = "Resolved time column") String resolvedColumn;
    @Option(names = "--resolved-when", description = "Regular expression matched against the whole status") String resolvedWhen;
    @Option(names = "--segment", description = "Segment column (priority or impact)") String segmentColumn;
    @Option(names = "--exclude", split = ",", description = "Columns to ignore (e.g. filled only at the end)") List<String> exclude;
    @Option(names = "--time-format", description = "java.time DateTimeFormatter pattern") String timeFormat;
    @Option(names = "--skip-cases", defaultValue = "0",
            description = "Leave out the first N cases (in order of first appearance), e.g. to judge on a later segment")
    int skipCases;
    @Option(names = "--limit-cases", defaultValue = "0",
            description = "Keep at most N cases after --skip-cases (0: all); a small history cut from a large log")
    int limitCases;

    /** A short name of what is read, for reports. */
    public String label() {
        return log == null ? "bundled sample: " + SAMPLE_LOG : log.toString();
    }

    public EventLog read(ReadProgress progress) {
        if (skipCases < 0) {
            throw new IllegalArgumentException("--skip-cases must be 0 or more, not " + skipCases);
        }
        if (limitCases < 0) {
            throw new IllegalArgumentException("--limit-cases must be 0 or more, not " + limitCases);
        }
        EventLog whole = readWhole(progress);
        return skipCases == 0 && limitCases == 0 ? whole : cut(whole, skipCases, limitCases);
    }

    /** The cases from position {@code skip} on, at most {@code limit} of them (0: no limit), in order of first appearance. */
    static EventLog cut(EventLog whole, int skip, int limit) {
        java.util.List<io.promisekeeper.core.forecast.TicketHistory> tickets = whole.tickets();
        int from = Math.min(skip, tickets.size());
        int to = limit == 0 ? tickets.size() : (int) Math.min(tickets.size(), (long) from + limit);
        java.util.List<io.promisekeeper.core.forecast.TicketHistory> kept = tickets.subList(from, to);
        long events = 0;
        for (io.promisekeeper.core.forecast.TicketHistory ticket : kept) {
            events += ticket.eventCount();
        }
        return new EventLog(whole.schema(), kept, events);
    }

    private EventLog readWhole(ReadProgress progress) {
        if (log == null) {
            return readSample(progress);
        }
        if (!Files.isReadable(log)) {
            throw new LogReadException(log.toString(), 0, "cannot read the file (missing or no permission)");
        }
        String chosen = format != null ? format : LogInput.formatOf(log.getFileName().toString());
        LogMapping mapping = mapping(chosen, caseColumn, timeColumn, statusColumn, openedColumn, resolvedColumn,
                resolvedWhen, segmentColumn, exclude == null ? Set.of() : new LinkedHashSet<>(exclude));
        try (InputStream in = LogInput.open(log)) {
            return read(chosen, log.toString(), in, mapping, progress);
        } catch (IOException e) {
            throw new LogReadException(log.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    private EventLog readSample(ReadProgress progress) {
        Properties properties = new Properties();
        try (InputStream in = LogSource.class.getResourceAsStream(SAMPLE + "mapping.properties")) {
            if (in == null) {
                throw new LogReadException(SAMPLE + "mapping.properties", 0, "the sample mapping is missing from this build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new LogReadException(SAMPLE + "mapping.properties", 0, e.getMessage());
        }
        Set<String> excluded = new LinkedHashSet<>(Arrays.asList(properties.getProperty("exclude", "").split(",")));
        excluded.remove("");
        if (exclude != null) {
            excluded.addAll(exclude);
        }
        LogMapping mapping = mapping("csv",
                or(caseColumn, properties.getProperty("case")), or(timeColumn, properties.getProperty("time")),
                or(statusColumn, properties.getProperty("status")), or(openedColumn, properties.getProperty("opened")),
                or(resolvedColumn, properties.getProperty("resolved")), resolvedWhen,
                or(segmentColumn, properties.getProperty("segment")), excluded);
        InputStream raw = LogSource.class.getResourceAsStream(SAMPLE + SAMPLE_LOG);
        if (raw == null) {
            throw new LogReadException(SAMPLE + SAMPLE_LOG, 0, "the sample log is missing from this build");
        }
        try (InputStream in = LogInput.decompressed(raw, SAMPLE_LOG)) {
            return read("csv", SAMPLE_LOG, in, mapping, progress);
        } catch (IOException e) {
            throw new LogReadException(SAMPLE_LOG, 0, e.getMessage());
        }
    }

    private static String or(String given, String fallback) {
        return given != null ? given : fallback;
    }

    private LogMapping mapping(String chosenFormat, String caseCol, String timeCol, String statusCol, String openedCol,
                               String resolvedCol, String resolvedPattern, String segmentCol, Set<String> excluded) {
        Pattern pattern = null;
        if (resolvedPattern != null) {
            try {
                pattern = Pattern.compile(resolvedPattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("--resolved-when is not a valid regular expression: "
                        + e.getDescription());
            }
        }
        if (chosenFormat.equals("jira-json")) {
            // A Jira export's natural mapping; any option given wins.
            if (resolvedCol == null && pattern == null) {
                resolvedCol = JiraSearchReader.RESOLVED;
            }
            if (segmentCol == null) {
                segmentCol = JiraSearchReader.PRIORITY;
            }
        }
        return new LogMapping(caseCol, timeCol, statusCol, openedCol, resolvedCol, pattern, segmentCol, excluded,
                timeFormat);
    }

    private static EventLog read(String chosenFormat, String name, InputStream in, LogMapping mapping,
                                 ReadProgress progress) {
        return switch (chosenFormat) {
            case "csv" -> new CsvLogReader(mapping, progress).read(name, in);
            case "xes" -> new XesLogReader(mapping, progress).read(name, in);
            case "jira-json" -> new JiraSearchReader(mapping, progress).read(name, in);
            default -> throw new IllegalArgumentException("unknown --format '" + chosenFormat
                    + "' (expected csv, xes or jira-json)");
        };
    }
}
