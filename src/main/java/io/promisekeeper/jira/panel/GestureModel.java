package io.promisekeeper.jira.panel;

import io.promisekeeper.core.delight.DelightAction;
import io.promisekeeper.core.delight.DelightState;
import io.promisekeeper.core.delight.DismissReason;
import io.promisekeeper.core.delight.GestureText;
import io.promisekeeper.core.view.GestureLine;
import io.promisekeeper.core.view.TicketGestures;
import io.promisekeeper.jira.web.Html;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The delight part of the panel template's context, on the same terms as {@link PanelModel}: plain values, every
 * text escaped here under a key ending in {@code Html}.
 */
final class GestureModel {
    static final String[] LABELS = {
        "gesture.title", "gesture.done", "gesture.dismiss", "gesture.snooze", "gesture.script", "gesture.field.note",
        "gesture.field.reason", "gesture.field.until", "gesture.history"
    };

    private GestureModel() {
    }

    /** Entries {@code gestures}, {@code gestureHistory}, {@code hasGestureHistory}, {@code dismissReasons}, labels. */
    static Map<String, Object> of(TicketGestures gestures, PanelTexts texts) {
        Map<String, Object> model = new HashMap<>();
        List<Map<String, Object>> open = new ArrayList<>();
        for (GestureLine line : gestures.open()) {
            open.add(open(line, gestures, texts));
        }
        model.put("gestures", open);
        List<Map<String, Object>> history = new ArrayList<>();
        for (GestureLine line : gestures.settled()) {
            history.add(settled(line, texts));
        }
        model.put("gestureHistory", history);
        model.put("hasGestureHistory", !history.isEmpty());
        List<Map<String, Object>> reasons = new ArrayList<>();
        for (DismissReason reason : DismissReason.values()) {
            reasons.add(Map.of("value", reason.name(),
                    "labelHtml", Html.escape(texts.text("gesture.reason." + reason.name()))));
        }
        model.put("dismissReasons", reasons);
        Map<String, Object> labels = new HashMap<>();
        for (String key : LABELS) {
            labels.put(key.replace('.', '_') + "Html", Html.escape(texts.text(key)));
        }
        model.put("gestureLabel", labels);
        return model;
    }

    private static Map<String, Object> open(GestureLine line, TicketGestures gestures, PanelTexts texts) {
        DelightAction a = line.action();
        GestureText text = text(line, texts);
        Map<String, Object> m = new HashMap<>();
        m.put("id", a.id());
        m.put("version", a.version());
        m.put("nameHtml", Html.escape(name(line, text)));
        m.put("whyHtml", Html.escape(texts.text("gesture.why", texts.message(a.reason()))));
        m.put("descriptionHtml", text == null ? "" : Html.escape(text.description()));
        m.put("scriptHtml", text == null ? "" : Html.escape(script(text.script(), a, texts)));
        m.put("costHtml", a.costCents() == 0 ? "" : Html.escape(texts.text("gesture.cost", money(a.costCents(),
                gestures.currency(), texts))));
        // Tomorrow at this time: the usual "not now" for a gesture.
        m.put("snoozeValue", texts.inputValue(gestures.asOf().plus(Duration.ofDays(1))));
        return m;
    }

    private static Map<String, Object> settled(GestureLine line, PanelTexts texts) {
        DelightAction a = line.action();
        Map<String, Object> m = new HashMap<>();
        m.put("state", a.state().name());
        String who = texts.person(a.actedBy());
        String when = texts.moment(a.actedAt());
        String name = name(line, text(line, texts));
        String head = switch (a.state()) {
            case DONE -> texts.text("gesture.history.DONE", name, who, when);
            default -> texts.text("gesture.history.DISMISSED", name, who, when,
                    texts.text("gesture.reason." + a.dismissReason().name()));
        };
        m.put("headHtml", Html.escape(head));
        String note = a.state() == DelightState.DONE ? a.doneNote() : a.dismissNote();
        m.put("noteHtml", Html.escape(note));
        return m;
    }

    /**
     * The catalogue's script with its placeholders filled for this ticket, so the agent can read it out as it
     * stands: {@code ${name}} the customer's first name, {@code ${agent}} the agent's name, {@code ${ticket}} the key.
     */
    private static String script(String script, DelightAction a, PanelTexts texts) {
        String customer = texts.person(a.customer()).strip();
        int space = customer.indexOf(' ');
        String firstName = space < 0 ? customer : customer.substring(0, space);
        return script.replace("${name}", firstName).replace("${agent}", texts.viewerName())
                .replace("${ticket}", a.ticketKey());
    }

    private static GestureText text(GestureLine line, PanelTexts texts) {
        return line.gesture().map(g -> g.text(texts.languageTag())).orElse(null);
    }

    private static String name(GestureLine line, GestureText text) {
        return text == null ? line.action().gestureId() : text.name();
    }

    private static String money(long cents, String currency, PanelTexts texts) {
        NumberFormat format = NumberFormat.getCurrencyInstance(texts.locale());
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException unknown) {
            return currency + " " + BigDecimal.valueOf(cents, 2).toPlainString();
        }
        return format.format(BigDecimal.valueOf(cents, 2));
    }

}
