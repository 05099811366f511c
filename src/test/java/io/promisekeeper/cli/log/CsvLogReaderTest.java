package io.promisekeeper.cli.log;

import io.promisekeeper.core.forecast.EventLog;
import io.promisekeeper.core.forecast.TicketHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvLogReaderTest {
    static final String CSV = """
            id,state,at,opened,closed,prio,team,secret
            A,New,1/3/2016 10:00,1/3/2016 09:30,2/3/2016 10:00,2,red,x
            B,New,2016-03-01T11:00:00Z,2016-03-01T11:00,?,1,blue,y
            A,Done,2/3/2016 10:00,1/3/2016 09:30,2/3/2016 10:00,2,blue,z
            A,Active,1/3/2016 12:00,1/3/2016 09:30,2/3/2016 10:00,2,red,x
            """;
    static final LogMapping MAPPING = new LogMapping("id", "at", "state", "opened", "closed", null, "prio",
            Set.of("secret"), null);
    @TempDir
    Path dir;

    @Test
    void readsTicketsWithTheirEventsInTimeOrder() {
        EventLog log = read(CSV, MAPPING);

        assertThat(log.eventCount()).isEqualTo(4);
        assertThat(log.tickets()).extracting(TicketHistory::caseId).containsExactly("A", "B");
        TicketHistory a = log.tickets().get(0);
        assertThat(a.opened()).isEqualTo(java.time.Instant.parse("2016-03-01T09:30:00Z").toEpochMilli());
        assertThat(a.resolved()).isEqualTo(java.time.Instant.parse("2016-03-02T10:00:00Z").toEpochMilli());
        assertThat(a.segment()).isEqualTo("2");
        assertThat(a.eventCount()).isEqualTo(3);
        assertThat(log.schema().statuses().value(a.status(1))).isEqualTo("Active");
        assertThat(log.schema().statuses().value(a.status(2))).isEqualTo("Done");
        assertThat(log.tickets().get(1).isResolved()).isFalse();
        // Mapped and excluded columns are no attributes; the segment column stays one.
        assertThat(log.schema().attributeNames()).containsExactly("prio", "team");
    }

    @Test
    void readsGzippedFilesRecognisedByContent() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(CSV.getBytes(StandardCharsets.UTF_8));
        }
        Path file = dir.resolve("log.csv.gz");
        Files.write(file, bytes.toByteArray());
        try (InputStream in = LogInput.open(file)) {
            EventLog log = new CsvLogReader(MAPPING, ReadProgress.SILENT).read(file.toString(), in);
            assertThat(log.eventCount()).isEqualTo(4);
        }
    }

    @Test
    void resolvedByStatusPatternWhenNoResolvedColumn() {
        LogMapping mapping = new LogMapping("id", "at", "state", null, null, Pattern.compile("Done|Closed"), null,
                Set.of("secret", "closed", "opened"), null);
        EventLog log = read(CSV, mapping);

        TicketHistory a = log.tickets().get(0);
        assertThat(a.opened()).isEqualTo(java.time.Instant.parse("2016-03-01T10:00:00Z").toEpochMilli());
        assertThat(a.resolved()).isEqualTo(java.time.Instant.parse("2016-03-02T10:00:00Z").toEpochMilli());
        assertThat(log.tickets().get(1).isResolved()).isFalse();
    }

    @Test
    void unknownColumnIsNamedWithFileAndLine() {
        LogMapping mapping = new LogMapping("id", "when", "state", null, null, null, null, Set.of(), null);
        assertThatThrownBy(() -> read(CSV, mapping))
                .isInstanceOf(LogReadException.class)
                .satisfies(e -> assertThat(((LogReadException) e).describe())
                        .startsWith("test.csv:1: unknown column 'when'"));
    }

    @Test
    void unparseableTimeIsNamedWithFileAndLine() {
        String bad = CSV.replace("1/3/2016 12:00", "yesterday noon");
        assertThatThrownBy(() -> read(bad, MAPPING))
                .isInstanceOf(LogReadException.class)
                .satisfies(e -> assertThat(((LogReadException) e).describe())
                        .isEqualTo("test.csv:5: column 'at': cannot read time 'yesterday noon' (expected ISO-8601 or d/m/yyyy HH:mm; give --time-format)"));
    }

    @Test
    void impossibleDateAndShortRowsAreErrorsWithLines() {
        assertThatThrownBy(() -> read(CSV.replace("1/3/2016 12:00", "31/2/2016 12:00"), MAPPING))
                .satisfies(e -> assertThat(((LogReadException) e).describe()).startsWith("test.csv:5: ").contains("impossible date"));
        assertThatThrownBy(() -> read(CSV.replace("B,New,2016-03-01T11:00:00Z,2016-03-01T11:00,?,1,blue,y", "B,New"), MAPPING))
                .satisfies(e -> assertThat(((LogReadException) e).describe()).startsWith("test.csv:3: expected 8 columns"));
    }

    @Test
    void customTimeFormat() {
        String csv = "id,state,at\nA,New,20160301 1000\nA,Done,20160302 1000\n";
        LogMapping mapping = new LogMapping("id", "at", "state", null, null, null, null, Set.of(), "yyyyMMdd HHmm");
        EventLog log = read(csv, mapping);
        assertThat(log.tickets().get(0).resolved() - log.tickets().get(0).opened()).isEqualTo(24 * 3_600_000L);
    }

    @Test
    void emptyFileIsAClearError() {
        assertThatThrownBy(() -> read("", MAPPING)).isInstanceOf(LogReadException.class);
    }

    static EventLog read(String csv, LogMapping mapping) {
        InputStream in = new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
        return new CsvLogReader(mapping, ReadProgress.SILENT).read("test.csv", in);
    }
}
