package io.promisekeeper.cli.log;

import io.promisekeeper.core.forecast.EventLog;
import io.promisekeeper.core.forecast.EventLogBuilder;
import io.promisekeeper.core.forecast.LogSchema;
import io.promisekeeper.core.forecast.TicketHistory;
import io.promisekeeper.core.forecast.ValueDictionary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a CSV event log, one row per ticket update, streaming row by row. */
public final class CsvLogReader {
    private final LogMapping mapping;
    private final ReadProgress progress;

    public CsvLogReader(LogMapping mapping, ReadProgress progress) {
        this.mapping = mapping;
        this.progress = progress;
    }

    public EventLog read(String name, InputStream in) {
        if (mapping.caseColumn() == null || mapping.timeColumn() == null || mapping.statusColumn() == null) {
            throw new LogReadException(name, 0, "a CSV log needs --case, --time and --status");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).build();
        EventLogBuilder builder = new EventLogBuilder();
        LogSchema schema = builder.schema();
        TimeParser times = new TimeParser(mapping.timeFormat());
        long line = 1;
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new LogReadException(name, 1, "the file has no header row");
            }
            int caseAt = column(name, header, mapping.caseColumn(), "--case");
            int timeAt = column(name, header, mapping.timeColumn(), "--time");
            int statusAt = column(name, header, mapping.statusColumn(), "--status");
            int openedAt = optionalColumn(name, header, mapping.openedColumn(), "--opened");
            int resolvedAt = optionalColumn(name, header, mapping.resolvedColumn(), "--resolved");
            int segmentAt = optionalColumn(name, header, mapping.segmentColumn(), "--segment");
            for (String excluded : mapping.exclude()) {
                column(name, header, excluded, "--exclude");
            }
            List<Integer> attributeColumns = new ArrayList<>();
            List<ValueDictionary> dictionaries = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                if (!mapping.isReserved(header.get(c))) {
                    attributeColumns.add(c);
                    dictionaries.add(schema.values(schema.attribute(header.get(c))));
                }
            }
            int[] columns = attributeColumns.stream().mapToInt(Integer::intValue).toArray();
            for (CSVRecord record : parser) {
                line = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    throw new LogReadException(name, line, "expected " + header.size() + " columns, found " + record.size());
                }
                String caseId = record.get(caseAt);
                if (TimeParser.isMissing(caseId)) {
                    throw new LogReadException(name, line, "empty case id in column '" + mapping.caseColumn() + "'");
                }
                long time = time(times, record.get(timeAt), name, line, mapping.timeColumn());
                if (time == TicketHistory.UNKNOWN) {
                    throw new LogReadException(name, line, "no event time in column '" + mapping.timeColumn() + "'");
                }
                long opened = openedAt < 0 ? TicketHistory.UNKNOWN
                        : time(times, record.get(openedAt), name, line, mapping.openedColumn());
                long resolved = resolvedAt < 0 ? TicketHistory.UNKNOWN
                        : time(times, record.get(resolvedAt), name, line, mapping.resolvedColumn());
                int[] codes = new int[columns.length];
                for (int i = 0; i < columns.length; i++) {
                    codes[i] = dictionaries.get(i).intern(record.get(columns[i]));
                }
                builder.add(caseId, time, record.get(statusAt), codes, opened, resolved,
                        segmentAt < 0 ? null : record.get(segmentAt));
                if (builder.eventCount() % 10_000 == 0) {
                    progress.rows(builder.eventCount());
                }
            }
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            throw new LogReadException(name, line + 1, "cannot parse CSV: " + cause.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new LogReadException(name, line, e.getMessage(), e);
        }
        progress.done(builder.eventCount());
        if (builder.eventCount() == 0) {
            throw new LogReadException(name, 0, "the log has no events");
        }
        return builder.build(mapping.resolution());
    }

    private static long time(TimeParser parser, String text, String name, long line, String column) {
        try {
            return parser.parse(text);
        } catch (IllegalArgumentException e) {
            throw new LogReadException(name, line, "column '" + column + "': " + e.getMessage());
        }
    }

    private static int column(String name, List<String> header, String column, String option) {
        int at = header.indexOf(column);
        if (at < 0) {
            throw new LogReadException(name, 1, "unknown column '" + column + "' (" + option + "); the header has: "
                    + String.join(", ", header));
        }
        return at;
    }

    private static int optionalColumn(String name, List<String> header, String column, String option) {
        return column == null ? -1 : column(name, header, column, option);
    }
}
