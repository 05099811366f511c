package io.promisekeeper.cli.log;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.promisekeeper.core.forecast.EventLog;
import io.promisekeeper.core.forecast.EventLogBuilder;
import io.promisekeeper.core.forecast.LogSchema;
import io.promisekeeper.core.forecast.TicketHistory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Jira REST search results fetched with {@code expand=changelog}: either one search response
 * ({@code {"issues": [...]}}), an array of them, or an array of issues. Each issue is replayed: its fields
 * as they stood at creation (current values wound back through the changelog), then one event per
 * changelog entry. Only fields the changelog can wind back are used as attributes, so end-of-life
 * values (resolution date, last update) never leak into the past.
 */
public final class JiraSearchReader {
    /** Default mapping of a Jira export. */
    public static final String KEY = "key";
    public static final String STATUS = "status";
    public static final String CREATED = "created";
    public static final String RESOLVED = "resolutiondate";
    public static final String PRIORITY = "priority";
    private static final int MAX_VALUE_LENGTH = 80;

    private final LogMapping mapping;
    private final ReadProgress progress;
    private final ObjectMapper json = new ObjectMapper();

    public JiraSearchReader(LogMapping mapping, ReadProgress progress) {
        this.mapping = mapping;
        this.progress = progress;
    }

    public EventLog read(String name, InputStream in) {
        EventLogBuilder builder = new EventLogBuilder();
        TimeParser times = new TimeParser(mapping.timeFormat());
        long line = 0;
        try (JsonParser parser = new JsonFactory(json).createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new LogReadException(name, 0, "the file is empty");
            }
            line = parser.currentLocation().getLineNr();
            readValue(name, parser, first, builder, times, 0);
        } catch (JsonProcessingException e) {
            long at = e.getLocation() != null ? e.getLocation().getLineNr() : line;
            throw new LogReadException(name, at, "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new LogReadException(name, line, "cannot read: " + e.getMessage(), e);
        }
        progress.done(builder.eventCount());
        if (builder.eventCount() == 0) {
            throw new LogReadException(name, 0, "no issues found (expected Jira search results with expand=changelog)");
        }
        return builder.build(mapping.resolution());
    }

    // Streams through arrays and search pages, materialising one issue at a time.
    private void readValue(String name, JsonParser parser, JsonToken token, EventLogBuilder builder, TimeParser times,
                           int depth) throws IOException {
        if (token == JsonToken.START_ARRAY) {
            JsonToken next;
            while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (next == null) {
                    throw new LogReadException(name, parser.currentLocation().getLineNr(), "unexpected end of file");
                }
                readValue(name, parser, next, builder, times, depth + 1);
            }
        } else if (token == JsonToken.START_OBJECT && depth == 0) {
            // The top level is one search page: walk its fields, streaming through "issues".
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("issues") && value == JsonToken.START_ARRAY) {
                    readValue(name, parser, value, builder, times, depth + 1);
                } else {
                    parser.skipChildren();
                }
            }
        } else if (token == JsonToken.START_OBJECT) {
            long line = parser.currentLocation().getLineNr();
            JsonNode node = json.readTree(parser);
            if (node.path("issues").isArray()) {
                for (JsonNode issue : node.get("issues")) {
                    addIssue(name, line, issue, builder, times);
                }
            } else {
                addIssue(name, line, node, builder, times);
            }
        } else {
            throw new LogReadException(name, parser.currentLocation().getLineNr(),
                    "expected Jira search results (an object with \"issues\") or an array of issues");
        }
    }

    private void addIssue(String name, long line, JsonNode issue, EventLogBuilder builder, TimeParser times) {
        String caseField = mapping.caseColumn() == null ? KEY : mapping.caseColumn();
        String statusField = mapping.statusColumn() == null ? STATUS : mapping.statusColumn();
        String openedField = mapping.openedColumn() == null ? CREATED : mapping.openedColumn();
        String resolvedField = mapping.resolvedColumn();
        String segmentField = mapping.segmentColumn();
        JsonNode caseNode = issue.get(caseField);
        if (caseNode == null || !caseNode.isValueNode()) {
            throw new LogReadException(name, line, "issue without '" + caseField + "'");
        }
        JsonNode fields = issue.path("fields");
        if (!fields.isObject()) {
            throw new LogReadException(name, line, "issue " + caseNode.asText() + " has no \"fields\"");
        }
        long created = time(name, line, times, text(fields.get(openedField)), openedField);
        if (created == TicketHistory.UNKNOWN) {
            throw new LogReadException(name, line, "issue " + caseNode.asText() + " has no '" + openedField + "'");
        }
        long resolved = resolvedField == null ? TicketHistory.UNKNOWN
                : time(name, line, times, text(fields.get(resolvedField)), resolvedField);

        Map<String, String> current = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : fields.properties()) {
            String value = text(field.getValue());
            if (value != null && value.length() <= MAX_VALUE_LENGTH) {
                current.put(field.getKey(), value);
            }
        }
        List<JsonNode> histories = new ArrayList<>();
        issue.path("changelog").path("histories").forEach(histories::add);
        List<Long> historyTimes = new ArrayList<>();
        for (JsonNode history : histories) {
            historyTimes.add(time(name, line, times, text(history.get("created")), "changelog created"));
        }
        Integer[] order = new Integer[histories.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(historyTimes.get(a), historyTimes.get(b)));

        // Fields the changelog mentions can be wound back; the rest only if they look like set-once choices.
        Map<String, String> initial = new LinkedHashMap<>(current);
        java.util.Set<String> tracked = new java.util.HashSet<>();
        for (int i = order.length - 1; i >= 0; i--) {
            for (JsonNode item : histories.get(order[i]).path("items")) {
                String field = fieldId(item);
                tracked.add(field);
                String from = text(item.get("fromString"));
                if (from == null) {
                    initial.remove(field);
                } else {
                    initial.put(field, from);
                }
            }
        }
        initial.keySet().removeIf(field -> !tracked.contains(field) && !setOnce(fields.get(field)));

        String segment = segmentField == null ? null : initial.get(segmentField);
        LogSchema schema = builder.schema();
        Map<String, String> state = new LinkedHashMap<>(initial);
        emit(builder, schema, caseNode.asText(), created, state, statusField, caseField, created, resolved, segment);
        for (Integer index : order) {
            for (JsonNode item : histories.get(index).path("items")) {
                String to = text(item.get("toString"));
                if (to == null) {
                    state.remove(fieldId(item));
                } else {
                    state.put(fieldId(item), to);
                }
            }
            emit(builder, schema, caseNode.asText(), historyTimes.get(index), state, statusField, caseField, created,
                    resolved, segment);
        }
        if (builder.eventCount() % 10_000 < histories.size() + 1) {
            progress.rows(builder.eventCount());
        }
    }

    private void emit(EventLogBuilder builder, LogSchema schema, String caseId, long time, Map<String, String> state,
                      String statusField, String caseField, long created, long resolved, String segment) {
        String status = state.getOrDefault(statusField, "?");
        int[] codes = new int[schema.attributeCount() + state.size()];
        int width = 0;
        for (Map.Entry<String, String> entry : state.entrySet()) {
            String field = entry.getKey();
            if (field.equals(statusField) || field.equals(caseField) || mapping.isReserved(field)) {
                continue;
            }
            int a = schema.attribute(field);
            if (a >= codes.length) {
                codes = java.util.Arrays.copyOf(codes, a + 1);
            }
            codes[a] = schema.values(a).intern(entry.getValue());
            width = Math.max(width, a + 1);
        }
        builder.add(caseId, time, status, java.util.Arrays.copyOf(codes, width), created, resolved, segment);
    }

    /** Named choices (issue type, project, reporter...) are set at creation and rarely logged. */
    private static boolean setOnce(JsonNode node) {
        return node != null && node.isObject() && (node.has("name") || node.has("value") || node.has("displayName"));
    }

    private static String fieldId(JsonNode item) {
        JsonNode id = item.get("fieldId");
        if (id != null && id.isTextual()) {
            return id.asText();
        }
        return item.path("field").asText().toLowerCase(java.util.Locale.ROOT);
    }

    /** The display text of a field value: names of options and users, joined names of lists. */
    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        if (node.isObject()) {
            for (String key : new String[]{"name", "value", "displayName", "key"}) {
                if (node.hasNonNull(key) && node.get(key).isValueNode()) {
                    return node.get(key).asText();
                }
            }
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode element : node) {
            String part = text(element);
            if (part != null) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        parts.sort(null);
        return String.join(", ", parts);
    }

    private static long time(String name, long line, TimeParser times, String text, String field) {
        try {
            return times.parse(text);
        } catch (IllegalArgumentException e) {
            throw new LogReadException(name, line, "'" + field + "': " + e.getMessage());
        }
    }
}
