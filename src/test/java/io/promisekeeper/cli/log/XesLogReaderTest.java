package io.promisekeeper.cli.log;

import io.promisekeeper.core.forecast.EventLog;
import io.promisekeeper.core.forecast.TicketHistory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class XesLogReaderTest {
    public static final String XES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <log xes.version="1.0" xmlns="http://www.xes-standard.org/">
              <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
              <global scope="event"><string key="concept:name" value="UNKNOWN"/></global>
              <trace>
                <string key="concept:name" value="case-1"/>
                <string key="impact" value="High"/>
                <event>
                  <string key="concept:name" value="Accepted"/>
                  <string key="org:group" value="G1"/>
                  <string key="lifecycle:transition" value="In Progress"/>
                  <date key="time:timestamp" value="2012-04-03T16:55:38.000+02:00"/>
                </event>
                <event>
                  <string key="concept:name" value="Completed"/>
                  <string key="org:group" value="G2"/>
                  <list key="notes"><string key="n" value="ignored"/></list>
                  <date key="time:timestamp" value="2012-04-05T10:00:00.000+02:00"/>
                </event>
              </trace>
              <trace>
                <string key="concept:name" value="case-2"/>
                <event>
                  <string key="concept:name" value="Accepted"/>
                  <string key="impact" value="Low"/>
                  <date key="time:timestamp" value="2012-04-04T09:00:00"/>
                </event>
              </trace>
            </log>
            """;

    @Test
    void readsTracesEventsAndAttributes() {
        LogMapping mapping = new LogMapping(null, null, null, null, null, Pattern.compile("Completed"), "impact", Set.of(), null);
        EventLog log = read(XES, mapping);

        assertThat(log.tickets()).extracting(TicketHistory::caseId).containsExactly("case-1", "case-2");
        TicketHistory first = log.tickets().get(0);
        assertThat(first.eventCount()).isEqualTo(2);
        assertThat(first.opened()).isEqualTo(java.time.Instant.parse("2012-04-03T14:55:38Z").toEpochMilli());
        assertThat(first.resolved()).isEqualTo(java.time.Instant.parse("2012-04-05T08:00:00Z").toEpochMilli());
        assertThat(first.segment()).isEqualTo("High");                 // trace attribute
        assertThat(log.tickets().get(1).segment()).isEqualTo("Low");   // else the first event's value
        assertThat(log.tickets().get(1).isResolved()).isFalse();
        assertThat(log.schema().attributeNames()).contains("case:impact", "org:group", "lifecycle:transition")
                .doesNotContain("notes", "n", "time:timestamp", "concept:name");
    }

    @Test
    void withoutResolvedMappingATraceEndsAtItsLastEvent() {
        LogMapping mapping = new LogMapping(null, null, null, null, null, null, null, Set.of(), null);
        EventLog log = read(XES, mapping);
        assertThat(log.tickets().get(1).resolved()).isEqualTo(log.tickets().get(1).opened());
    }

    @Test
    void readsGzippedXes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(XES.getBytes(StandardCharsets.UTF_8));
        }
        LogMapping mapping = new LogMapping(null, null, null, null, null, null, null, Set.of(), null);
        EventLog log = new XesLogReader(mapping, ReadProgress.SILENT)
                .read("log.xes.gz", LogInput.decompressed(new ByteArrayInputStream(bytes.toByteArray()), "log.xes.gz"));
        assertThat(log.eventCount()).isEqualTo(3);
    }

    @Test
    void malformedXmlNamesFileAndLine() {
        String broken = XES.replaceFirst("(?s)(</event>.*?)</event>", "$1</evnt>"); // the second event, line 19
        LogMapping mapping = new LogMapping(null, null, null, null, null, null, null, Set.of(), null);
        assertThatThrownBy(() -> read(broken, mapping))
                .isInstanceOf(LogReadException.class)
                .satisfies(e -> assertThat(((LogReadException) e).describe()).startsWith("test.xes:19: malformed XML"));
    }

    @Test
    void unparseableTimestampNamesTheEventLine() { // line 23 opens the event
        String broken = XES.replace("2012-04-04T09:00:00", "someday");
        LogMapping mapping = new LogMapping(null, null, null, null, null, null, null, Set.of(), null);
        assertThatThrownBy(() -> read(broken, mapping))
                .satisfies(e -> assertThat(((LogReadException) e).describe()).startsWith("test.xes:23: 'time:timestamp'"));
    }

    @Test
    void notAnXesLog() {
        LogMapping mapping = new LogMapping(null, null, null, null, null, null, null, Set.of(), null);
        assertThatThrownBy(() -> read("<html><body/></html>", mapping))
                .satisfies(e -> assertThat(((LogReadException) e).describe()).contains("not an XES log"));
    }

    static EventLog read(String xes, LogMapping mapping) {
        return new XesLogReader(mapping, ReadProgress.SILENT)
                .read("test.xes", new ByteArrayInputStream(xes.getBytes(StandardCharsets.UTF_8)));
    }
}
