package io.promisekeeper.jira.text;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.message.I18nResolver;
import io.promisekeeper.core.MessageKey;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Says the domain's messages ({@link MessageKey}) in the viewer's language, with moments in the viewer's time zone
 * and durations in hours and minutes. Text that is no encoded message (what a person wrote, or history written
 * before messages had keys) comes back as it is. Plain text, not escaped.
 */
public final class MessageText {
    /** Where the messages live in the i18n bundles: {@code promise-keeper.msg.<key>}. */
    public static final String PREFIX = "promise-keeper.msg.";
    /** Message keys under this name are the panel's own labels ({@code promise-keeper.panel.kind.CALLBACK}). */
    private static final String PANEL = "panel.";

    private final I18nResolver i18n;
    private final Locale locale;
    private final DateTimeFormatter moments;

    public MessageText(I18nResolver i18n, Locale locale, ZoneId zone) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Messages in the language of whoever Jira says runs now; a scheduled job runs without a user, so this is Jira's
     * default language. A job's report is plain text that Jira's scheduler page shows as stored (the app cannot say
     * it again in each reader's language there), so the instance's language is the one its administrators share.
     */
    public static Function<MessageKey, String> current(I18nResolver i18n, JiraAuthenticationContext authentication) {
        return message -> {
            Locale locale = authentication.getLocale();
            return new MessageText(i18n, locale == null ? Locale.ENGLISH : locale, ZoneOffset.UTC).of(message);
        };
    }

    /** {@code text} in words: the message it encodes, or the text itself. */
    public String of(String text) {
        if (text == null) {
            return "";
        }
        return MessageKey.decode(text).map(this::of).orElse(text);
    }

    /** The message in the viewer's language. */
    public String of(MessageKey message) {
        if (message.key().endsWith(".list")) {
            List<String> parts = new ArrayList<>();
            message.args().forEach(a -> parts.add(arg(a).toString()));
            return String.join(", ", parts);
        }
        Serializable[] args = message.args().stream().map(this::arg).toArray(Serializable[]::new);
        String key = message.key().startsWith(PANEL) ? "promise-keeper." + message.key() : PREFIX + message.key();
        return i18n.getText(locale, key, args);
    }

    private Serializable arg(Object a) {
        if (a instanceof Instant at) {
            return moments.format(at);
        }
        if (a instanceof Duration d) {
            return duration(d);
        }
        if (a instanceof MessageKey m) {
            return of(m);
        }
        // Numbers as digits, not as MessageFormat's grouped numbers: they are counts and ids.
        return a instanceof Long n ? n.toString() : (Serializable) a;
    }

    private String duration(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return i18n.getText(locale, PREFIX + "duration.m", Long.toString(rest));
        }
        return rest == 0 ? i18n.getText(locale, PREFIX + "duration.h", Long.toString(hours))
                : i18n.getText(locale, PREFIX + "duration.hm", Long.toString(hours), Long.toString(rest));
    }
}
