package io.promisekeeper.cli.log;

import io.promisekeeper.core.forecast.EventLog;
import io.promisekeeper.core.forecast.TicketHistory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class JiraSearchReaderTest {
    public static final String SEARCH = """
            {"startAt": 0, "maxResults": 50, "total": 2, "issues": [
              {"key": "SD-1", "fields": {
                 "created": "2024-01-15T10:00:00.000+0100",
                 "resolutiondate": "2024-01-16T12:00:00.000+0100",
                 "updated": "2024-01-20T09:00:00.000+0100",
                 "summary": "Printer on fire",
                 "status": {"name": "Done"},
                 "priority": {"name": "High"},
                 "assignee": {"displayName": "Ann"},
                 "issuetype": {"name": "Incident"},
                 "resolution": {"name": "Fixed"},
                 "watches": {"watchCount": 3}},
               "changelog": {"histories": [
                 {"created": "2024-01-16T12:00:00.000+0100", "items": [
                   {"field": "status", "fieldId": "status", "fromString": "In Progress", "toString": "Done"},
                   {"field": "resolution", "fieldId": "resolution", "fromString": null, "toString": "Fixed"}]},
                 {"created": "2024-01-15T11:00:00.000+0100", "items": [
                   {"field": "status", "fieldId": "status", "fromString": "Open", "toString": "In Progress"},
                   {"field": "assignee", "fieldId": "assignee", "fromString": "Bob", "toString": "Ann"}]}
               ]}},
              {"key": "SD-2", "fields": {
                 "created": "2024-01-17T08:00:00.000+0000", "resolutiondate": null,
                 "status": {"name": "Open"}, "priority": {"name": "Low"}},
               "changelog": {"histories": []}}
            ]}
            """;
    static final LogMapping MAPPING = new LogMapping(null, null, null, null, JiraSearchReader.RESOLVED, null,
            JiraSearchReader.PRIORITY, Set.of(), null);

    @Test
    void replaysEachIssueFromCreationThroughItsChangelog() {
        EventLog log = read(SEARCH);

        assertThat(log.tickets()).extracting(TicketHistory::caseId).containsExactly("SD-1", "SD-2");
        TicketHistory first = log.tickets().get(0);
        assertThat(first.eventCount()).isEqualTo(3);
        assertThat(first.opened()).isEqualTo(Instant.parse("2024-01-15T09:00:00Z").toEpochMilli());
        assertThat(first.resolved()).isEqualTo(Instant.parse("2024-01-16T11:00:00Z").toEpochMilli());
        assertThat(first.segment()).isEqualTo("High");
        var statuses = log.schema().statuses();
        assertThat(statuses.value(first.status(0))).isEqualTo("Open");
        assertThat(statuses.value(first.status(1))).isEqualTo("In Progress");
        assertThat(statuses.value(first.status(2))).isEqualTo("Done");
        int assignee = log.schema().indexOf("assignee");
        assertThat(log.schema().values(assignee).value(first.value(0, assignee))).isEqualTo("Bob");
        assertThat(log.schema().values(assignee).value(first.value(1, assignee))).isEqualTo("Ann");
        int resolution = log.schema().indexOf("resolution");
        assertThat(first.value(0, resolution)).isZero(); // not set before it was resolved
        assertThat(log.tickets().get(1).isResolved()).isFalse();
    }

    @Test
    void fieldsTheChangelogCannotWindBackAreNotUsed() {
        EventLog log = read(SEARCH);
        assertThat(log.schema().attributeNames())
                .contains("priority", "assignee", "issuetype", "resolution")
                .doesNotContain("updated", "summary", "watches", "created", "resolutiondate", "status");
    }

    @Test
    void malformedJsonNamesFileAndLine() {
        String broken = SEARCH.replace("\"priority\": {\"name\": \"Low\"}}", "\"priority\": {\"name\": \"Low\"}");
        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(LogReadException.class)
                .satisfies(e -> assertThat(((LogReadException) e).describe()).startsWith("search.json:2").contains("malformed JSON"));
    }

    @Test
    void notSearchResults() {
        assertThatThrownBy(() -> read("42"))
                .satisfies(e -> assertThat(((LogReadException) e).describe()).contains("expected Jira search results"));
        assertThatThrownBy(() -> read("{\"issues\": []}"))
                .satisfies(e -> assertThat(((LogReadException) e).describe()).contains("no issues found"));
    }

    static EventLog read(String json) {
        return new JiraSearchReader(MAPPING, ReadProgress.SILENT)
                .read("search.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
