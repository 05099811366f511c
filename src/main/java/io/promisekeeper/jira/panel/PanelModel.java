package io.promisekeeper.jira.panel;

import io.promisekeeper.core.learning.ForecastStatus;
import io.promisekeeper.core.notice.DelayNotice;
import io.promisekeeper.core.notice.NoticeRecord;
import io.promisekeeper.core.notice.NoticeState;
import io.promisekeeper.core.notice.PromptReason;
import io.promisekeeper.core.notice.StoredPrompt;
import io.promisekeeper.core.notice.WikiMarkup;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseChange;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSuggestion;
import io.promisekeeper.core.rules.Risk;
import io.promisekeeper.core.view.PromiseLine;
import io.promisekeeper.core.view.PromptLine;
import io.promisekeeper.core.view.TicketNotices;
import io.promisekeeper.core.view.TicketPromises;
import io.promisekeeper.jira.web.Html;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The panel template's context: plain maps, lists, strings and booleans only (Jira 10.5+ lets templates call
 * nothing else). Every text that is not a number or an enum name is escaped here and its key ends in
 * {@code Html}, so Jira's own escaping, where enabled, leaves it alone and nothing is escaped twice.
 */
public final class PanelModel {
    static final String[] LABELS = {
        "title", "empty", "history", "readonly", "action.log", "action.kept", "action.broken", "action.renegotiate",
        "action.cancel", "action.save", "action.close", "action.accept", "action.dismiss", "field.text", "field.kind",
        "field.due", "field.channel", "field.reason", "field.agreed", "suggestion.title", "error.conflict",
        "error.generic", "prompt.send", "prompt.dismiss", "prompt.field.body", "notices.title"
    };

    private PanelModel() {
    }

    /** The context of {@code templates/panel/promise-panel.vm}, under the name {@code panel}. */
    public static Map<String, Object> of(TicketPromises view, TicketNotices notices, ForecastStatus forecast,
                                         PanelTexts texts, boolean canChange) {
        Map<String, Object> panel = new HashMap<>();
        panel.put("ticketKey", view.ticketKey());
        panel.put("canChange", canChange);
        panel.put("overdueCount", view.overdueCount());
        panel.put("overdueHtml", Html.escape(texts.text("overdue.count", view.overdueCount())));
        panel.put("label", labels(texts));
        List<Map<String, Object>> promises = new ArrayList<>();
        for (PromiseLine line : view.promises()) {
            promises.add(promise(line, texts));
        }
        panel.put("promises", promises);
        panel.put("hasPromises", !promises.isEmpty());
        List<Map<String, Object>> suggestions = new ArrayList<>();
        for (PromiseSuggestion s : view.suggestions()) {
            suggestions.add(suggestion(s, texts));
        }
        panel.put("suggestions", suggestions);
        // The fixed timer's 0 or 100 % is no likelihood: its prompts say when the promise is due instead.
        boolean learnt = forecast != null && forecast.mode() == ForecastStatus.Mode.MODEL;
        panel.put("prompts", notices.prompts().stream().map(line -> prompt(line, learnt, texts)).toList());
        List<Map<String, Object>> log = new ArrayList<>();
        for (NoticeRecord record : notices.notices()) {
            if (record.state() != NoticeState.DRAFTED) {
                // A draft is shown as its prompt while pending; once dismissed it never reached the customer.
                log.add(notice(record, texts));
            }
        }
        panel.put("notices", log);
        panel.put("hasNotices", !log.isEmpty());
        // The timer always says why it decides; the learnt forecast once it has validation figures to show.
        boolean say = forecast != null && (forecast.mode() != ForecastStatus.Mode.MODEL || forecast.choice() != null);
        panel.put("forecastHtml", say ? Html.escape(texts.forecast(forecast)) : "");
        panel.put("kinds", options("kind.", PromiseKind.values(), texts));
        panel.put("channels", options("channel.", Channel.values(), texts));
        return panel;
    }

    private static Map<String, Object> promise(PromiseLine line, PanelTexts texts) {
        Promise p = line.promise();
        Map<String, Object> m = new HashMap<>();
        m.put("id", p.id());
        m.put("version", p.version());
        m.put("status", p.status().name());
        m.put("open", p.isOpen());
        m.put("overdue", line.overdue());
        m.put("statusHtml", Html.escape(texts.text("status." + p.status().name())));
        m.put("textHtml", Html.escape(p.text()));
        m.put("kindHtml", Html.escape(texts.text("kind." + p.kind().name())));
        m.put("dueHtml", Html.escape(texts.text("due", texts.moment(p.due()))));
        m.put("dueValue", texts.inputValue(p.due()));
        m.put("timeLeftHtml", line.timeLeft() == null ? "" : Html.escape(texts.timeLeft(line.timeLeft())));
        m.put("madeHtml", Html.escape(texts.text("made", texts.person(p.madeBy()), texts.moment(p.madeAt()),
                texts.text("channel." + p.channel().name()))));
        m.put("renegotiatedHtml", p.renegotiatedFrom() == null ? "" : Html.escape(
                texts.text("renegotiated.from", p.renegotiationReason() == null ? "" : p.renegotiationReason()) + " "
                        + texts.text(Boolean.TRUE.equals(p.customerAgreed()) ? "customer.agreed" : "customer.not.agreed")));
        List<Map<String, Object>> history = new ArrayList<>();
        for (PromiseChange c : p.history()) {
            Map<String, Object> h = new HashMap<>();
            h.put("atHtml", Html.escape(texts.moment(c.at())));
            h.put("typeHtml", Html.escape(texts.text("history." + c.type().name())));
            h.put("whoHtml", Html.escape(texts.person(c.who())));
            h.put("detailHtml", Html.escape(texts.message(c.detail())));
            history.add(h);
        }
        m.put("history", history);
        return m;
    }

    private static Map<String, Object> suggestion(PromiseSuggestion s, PanelTexts texts) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", s.id());
        m.put("kind", s.kind().name());
        m.put("sentenceHtml", Html.escape(s.sentence()));
        m.put("kindHtml", Html.escape(texts.text("kind." + s.kind().name())));
        m.put("dueValue", texts.inputValue(s.due()));
        m.put("byHtml", Html.escape(texts.text("suggestion.by", texts.person(s.author()), texts.moment(s.due()))));
        return m;
    }

    private static Map<String, Object> prompt(PromptLine line, boolean learnt, PanelTexts texts) {
        StoredPrompt stored = line.prompt();
        DelayNotice draft = stored.prompt().notice();
        Map<String, Object> m = new HashMap<>();
        m.put("id", stored.id());
        m.put("reasonKind", stored.prompt().reason().name());
        m.put("promiseId", line.promise().map(p -> String.valueOf(p.id())).orElse(""));
        m.put("canRenegotiate", line.canRenegotiate());
        String head;
        if (stored.prompt().reason() != PromptReason.APPROVAL) {
            head = texts.text("prompt." + stored.prompt().reason().name());
        } else if (learnt && line.risk().isPresent()) {
            Risk risk = line.risk().get();
            head = texts.text("prompt.at.risk", Math.round(risk.lateProbability() * 100),
                    texts.moment(risk.expectedCompletion()));
        } else if (line.canRenegotiate()) {
            head = texts.text("prompt.due", texts.moment(line.promise().get().due()));
        } else {
            head = texts.text("prompt.drafted");
        }
        m.put("headHtml", Html.escape(head));
        m.put("reasonHtml", Html.escape(texts.message(draft.reason())));
        m.put("noteHtml", Html.escape(texts.message(stored.prompt().note())));
        m.put("languageHtml", Html.escape(texts.text("prompt.language", texts.language(draft.language()))));
        m.put("draftHtml", Html.escape(line.draftText()));
        return m;
    }

    private static Map<String, Object> notice(NoticeRecord record, PanelTexts texts) {
        Map<String, Object> m = new HashMap<>();
        m.put("state", record.state().name());
        String at = texts.moment(record.state() == NoticeState.SENT ? record.updatedAt() : record.claimedAt());
        String key = switch (record.state()) {
            case SENT -> "notice.sent";
            case LOST -> "notice.lost";
            default -> "notice.sending";
        };
        m.put("headHtml", Html.escape(texts.text(key, at)));
        m.put("textHtml", Html.escape(WikiMarkup.readable(record.notice().body())));
        return m;
    }

    private static Map<String, Object> labels(PanelTexts texts) {
        Map<String, Object> labels = new HashMap<>();
        for (String key : LABELS) {
            labels.put(key.replace('.', '_') + "Html", Html.escape(texts.text(key)));
        }
        return labels;
    }

    private static List<Map<String, Object>> options(String prefix, Enum<?>[] values, PanelTexts texts) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (Enum<?> v : values) {
            options.add(Map.of("value", v.name(), "labelHtml", Html.escape(texts.text(prefix + v.name()))));
        }
        return options;
    }
}
