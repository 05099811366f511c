package io.promisekeeper.cli.log;

import io.promisekeeper.core.forecast.EventLog;
import io.promisekeeper.core.forecast.EventLogBuilder;
import io.promisekeeper.core.forecast.LogSchema;
import io.promisekeeper.core.forecast.TicketHistory;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an XES event log (IEEE 1849) with StAX, one trace at a time. Case id = trace {@code concept:name},
 * event time = {@code time:timestamp}, status = event {@code concept:name} unless mapped otherwise. Every
 * other string-like attribute of the event is a categorical attribute; trace attributes become attributes
 * named {@code case:<key>} on each of the trace's events.
 */
public final class XesLogReader {
    private static final String NAME = "concept:name";
    private static final String TIMESTAMP = "time:timestamp";
    private static final String TRACE_PREFIX = "case:";

    private final LogMapping mapping;
    private final ReadProgress progress;

    public XesLogReader(LogMapping mapping, ReadProgress progress) {
        this.mapping = mapping;
        this.progress = progress;
    }

    private record RawEvent(long line, Map<String, String> attributes) {
    }

    public EventLog read(String name, InputStream in) {
        String caseKey = mapping.caseColumn() == null ? NAME : mapping.caseColumn();
        String timeKey = mapping.timeColumn() == null ? TIMESTAMP : mapping.timeColumn();
        String statusKey = mapping.statusColumn() == null ? NAME : mapping.statusColumn();
        EventLogBuilder builder = new EventLogBuilder();
        TimeParser times = new TimeParser(mapping.timeFormat());
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // Event logs are data: no DTDs, no external entities.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = null;
        long line = 0;
        try {
            xml = factory.createXMLStreamReader(in);
            Map<String, String> trace = null;
            List<RawEvent> events = new ArrayList<>();
            Map<String, String> event = null;
            long eventLine = 0;
            int nested = 0;
            boolean sawLog = false;
            while (xml.hasNext()) {
                int type = xml.next();
                line = xml.getLocation().getLineNumber();
                if (type == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    if (nested > 0) {
                        nested++;
                    } else if (element.equals("log")) {
                        sawLog = true;
                    } else if (element.equals("trace")) {
                        trace = new LinkedHashMap<>();
                        events.clear();
                    } else if (element.equals("event") && trace != null) {
                        event = new LinkedHashMap<>();
                        eventLine = line;
                    } else if (element.equals("global") || element.equals("classifier") || element.equals("extension")) {
                        nested = 1;
                    } else if (trace != null) {
                        String key = xml.getAttributeValue(null, "key");
                        String value = xml.getAttributeValue(null, "value");
                        if (key != null && value != null && usable(element)) {
                            (event != null ? event : trace).put(key, value);
                        }
                        // Attributes nested inside attributes (lists, containers) are not categorical values.
                        nested = 1;
                    }
                } else if (type == XMLStreamConstants.END_ELEMENT) {
                    String element = xml.getLocalName();
                    if (nested > 0) {
                        nested--;
                    } else if (element.equals("event") && event != null) {
                        events.add(new RawEvent(eventLine, event));
                        event = null;
                    } else if (element.equals("trace") && trace != null) {
                        addTrace(name, builder, times, trace, events, caseKey, timeKey, statusKey, line);
                        trace = null;
                    }
                }
            }
            if (!sawLog) {
                throw new LogReadException(name, line, "not an XES log (no <log> element)");
            }
        } catch (XMLStreamException e) {
            long at = e.getLocation() != null ? e.getLocation().getLineNumber() : line;
            throw new LogReadException(name, at, "malformed XML: " + firstLine(e.getMessage()), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing more to read
                }
            }
        }
        progress.done(builder.eventCount());
        if (builder.eventCount() == 0) {
            throw new LogReadException(name, 0, "the log has no events");
        }
        return builder.build(mapping.resolution());
    }

    private static boolean usable(String element) {
        return element.equals("string") || element.equals("id") || element.equals("boolean") || element.equals("date");
    }

    private void addTrace(String name, EventLogBuilder builder, TimeParser times, Map<String, String> trace,
                          List<RawEvent> events, String caseKey, String timeKey, String statusKey, long line) {
        String caseId = trace.get(caseKey);
        if (caseId == null) {
            throw new LogReadException(name, line, "trace without case id '" + caseKey + "'");
        }
        LogSchema schema = builder.schema();
        long traceOpened = traceTime(name, times, trace, mapping.openedColumn(), line);
        long traceResolved = traceTime(name, times, trace, mapping.resolvedColumn(), line);
        String traceSegment = mapping.segmentColumn() == null ? null : trace.get(mapping.segmentColumn());
        for (RawEvent raw : events) {
            Map<String, String> attributes = raw.attributes();
            String timeText = attributes.get(timeKey);
            long time;
            try {
                time = times.parse(timeText);
            } catch (IllegalArgumentException e) {
                throw new LogReadException(name, raw.line(), "'" + timeKey + "': " + e.getMessage());
            }
            if (time == TicketHistory.UNKNOWN) {
                throw new LogReadException(name, raw.line(), "event without '" + timeKey + "'");
            }
            String status = attributes.get(statusKey);
            if (status == null) {
                throw new LogReadException(name, raw.line(), "event without status '" + statusKey + "'");
            }
            long opened = traceOpened != TicketHistory.UNKNOWN ? traceOpened
                    : eventTime(name, times, attributes, mapping.openedColumn(), raw.line());
            long resolved = traceResolved != TicketHistory.UNKNOWN ? traceResolved
                    : eventTime(name, times, attributes, mapping.resolvedColumn(), raw.line());
            String segment = traceSegment != null ? traceSegment
                    : mapping.segmentColumn() == null ? null : attributes.get(mapping.segmentColumn());
            int[] codes = new int[schema.attributeCount() + attributes.size() + trace.size()];
            int width = 0;
            for (Map.Entry<String, String> entry : trace.entrySet()) {
                String key = entry.getKey();
                if (!key.equals(caseKey) && !mapping.isReserved(key) && !mapping.isReserved(TRACE_PREFIX + key)
                        && !looksLikeTime(entry.getValue())) {
                    int a = schema.attribute(TRACE_PREFIX + key);
                    codes[a] = schema.values(a).intern(entry.getValue());
                    width = Math.max(width, a + 1);
                }
            }
            for (Map.Entry<String, String> entry : attributes.entrySet()) {
                String key = entry.getKey();
                if (!key.equals(timeKey) && !key.equals(statusKey) && !mapping.isReserved(key)
                        && !looksLikeTime(entry.getValue())) {
                    int a = schema.attribute(key);
                    if (a >= codes.length) {
                        codes = java.util.Arrays.copyOf(codes, a + 1);
                    }
                    codes[a] = schema.values(a).intern(entry.getValue());
                    width = Math.max(width, a + 1);
                }
            }
            builder.add(caseId, time, status, java.util.Arrays.copyOf(codes, width), opened, resolved, segment);
            if (builder.eventCount() % 10_000 == 0) {
                progress.rows(builder.eventCount());
            }
        }
    }

    // Date attributes other than the mapped ones are near-unique per event: no use as categories.
    private static boolean looksLikeTime(String value) {
        return value.length() >= 19 && value.charAt(4) == '-' && value.charAt(10) == 'T';
    }

    private static long traceTime(String name, TimeParser times, Map<String, String> trace, String key, long line) {
        if (key == null || !trace.containsKey(key)) {
            return TicketHistory.UNKNOWN;
        }
        try {
            return times.parse(trace.get(key));
        } catch (IllegalArgumentException e) {
            throw new LogReadException(name, line, "'" + key + "': " + e.getMessage());
        }
    }

    private static long eventTime(String name, TimeParser times, Map<String, String> event, String key, long line) {
        if (key == null || !event.containsKey(key)) {
            return TicketHistory.UNKNOWN;
        }
        try {
            return times.parse(event.get(key));
        } catch (IllegalArgumentException e) {
            throw new LogReadException(name, line, "'" + key + "': " + e.getMessage());
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        String text = newline < 0 ? message : message.substring(newline + 1);
        return text.replace('\n', ' ').trim();
    }
}
