package io.promisekeeper.jira.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refusal;
import io.promisekeeper.jira.json.StrictJson;
import io.promisekeeper.jira.text.ErrorText;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseChange;
import io.promisekeeper.core.promise.PromiseSuggestion;
import io.promisekeeper.core.view.PromiseLine;
import io.promisekeeper.core.view.TicketPromises;
import io.promisekeeper.core.view.TimeLeft;
import io.promisekeeper.jira.panel.PanelTexts;
import java.util.List;

/** The panel API's JSON payloads: raw values for programs, plus labels in the viewer's language and zone. */
final class PromiseJson {
    /** Deepest nesting a request body may have: the one limit of {@link StrictJson}. */
    static final int MAX_DEPTH = StrictJson.MAX_DEPTH;
    /**
     * Reads and writes the app's JSON: {@link StrictJson#MAPPER}, the settings documents' rules (a repeated key, a
     * comment or trailing text is refused, nesting is bounded) so that a hostile body is a 400 naming it.
     */
    static final ObjectMapper MAPPER = StrictJson.MAPPER;

    private PromiseJson() {
    }

    static ObjectNode ticket(TicketPromises view, PanelTexts texts, boolean canChange) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ticketKey", view.ticketKey());
        node.put("asOf", view.asOf().toString());
        node.put("canChange", canChange);
        node.put("timeZone", texts.zone().getId());
        ArrayNode promises = node.putArray("promises");
        for (PromiseLine line : view.promises()) {
            promises.add(promise(line.promise(), line.timeLeft(), texts));
        }
        ArrayNode suggestions = node.putArray("suggestions");
        for (PromiseSuggestion s : view.suggestions()) {
            suggestions.add(suggestion(s, texts));
        }
        return node;
    }

    static ObjectNode promise(Promise p, TimeLeft left, PanelTexts texts) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", p.id());
        node.put("ticketKey", p.ticketKey());
        node.put("text", p.text());
        node.put("kind", p.kind().name());
        node.put("status", p.status().name());
        node.put("due", p.due().toString());
        node.put("dueLabel", texts.moment(p.due()));
        if (left != null) {
            ObjectNode t = node.putObject("timeLeft");
            t.put("amount", left.amount());
            t.put("unit", left.unit().name());
            t.put("overdue", left.overdue());
            t.put("label", texts.timeLeft(left));
        }
        node.put("overdue", p.isOpen() && left != null && left.overdue());
        node.put("calendarId", p.calendarId());
        node.put("madeBy", p.madeBy());
        node.put("madeByName", texts.person(p.madeBy()));
        node.put("madeAt", p.madeAt().toString());
        node.put("channel", p.channel().name());
        node.put("source", p.source().name());
        node.put("version", p.version());
        putNullable(node, "supersededBy", p.supersededBy());
        putNullable(node, "renegotiatedFrom", p.renegotiatedFrom());
        node.put("renegotiationReason", p.renegotiationReason());
        if (p.customerAgreed() == null) {
            node.putNull("customerAgreed");
        } else {
            node.put("customerAgreed", p.customerAgreed());
        }
        ArrayNode history = node.putArray("history");
        for (PromiseChange c : p.history()) {
            ObjectNode h = history.addObject();
            h.put("who", c.who());
            h.put("whoName", texts.person(c.who()));
            h.put("at", c.at().toString());
            h.put("type", c.type().name());
            h.put("detail", texts.message(c.detail()));
        }
        return node;
    }

    static ObjectNode suggestion(PromiseSuggestion s, PanelTexts texts) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", s.id());
        node.put("ticketKey", s.ticketKey());
        node.put("sentence", s.sentence());
        node.put("kind", s.kind().name());
        node.put("due", s.due().toString());
        node.put("dueLabel", texts.moment(s.due()));
        node.put("author", s.author());
        node.put("authorName", texts.person(s.author()));
        node.put("detectedAt", s.detectedAt().toString());
        node.put("status", s.status().name());
        return node;
    }

    /** The errors, each said in the caller's language. */
    static ObjectNode errors(List<FieldError> errors, ErrorText words) {
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode list = node.putArray("errors");
        for (FieldError e : errors) {
            ObjectNode item = list.addObject();
            if (Refusal.WHOLE_REQUEST.equals(e.field())) {
                item.putNull("field");
            } else {
                item.put("field", e.field());
            }
            item.put("message", words.of(e));
        }
        return node;
    }

    static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putNullable(ObjectNode node, String field, Long value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

}
