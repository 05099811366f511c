package io.promisekeeper.jira.text;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.message.I18nResolver;
import io.promisekeeper.core.promise.FieldError;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Says field errors in the caller's language. English callers get the core's own English text, unchanged; other
 * languages get the error's message key from the bundles, and the English text when it has none.
 */
public final class ErrorText {
    /**
     * English for callers built without the host's bundles (tests, tools): errors in the core's English, reasons as
     * they are stored.
     */
    public static final ErrorText ENGLISH = new ErrorText();

    private final I18nResolver i18n;
    private final Supplier<Locale> locale;

    private ErrorText() {
        this.i18n = null;
        this.locale = () -> Locale.ENGLISH;
    }

    public ErrorText(I18nResolver i18n, Supplier<Locale> locale) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** The language of the user Jira says sends the request. */
    public static ErrorText of(I18nResolver i18n, JiraAuthenticationContext authentication) {
        return new ErrorText(i18n, () -> {
            Locale l = authentication.getLocale();
            return l == null ? Locale.ENGLISH : l;
        });
    }

    /** The language errors are said in now. */
    public Locale locale() {
        Locale l = locale.get();
        return l == null ? Locale.ENGLISH : l;
    }

    /** {@code error}'s message in the caller's language. */
    public String of(FieldError error) {
        Locale l = locale();
        if (i18n == null || error.key().isEmpty() || "en".equals(l.getLanguage())) {
            return error.message();
        }
        String said = new MessageText(i18n, l, ZoneOffset.UTC).of(error.key().get());
        // A key missing from the bundles comes back as itself: the English text says more.
        return said == null || said.startsWith(MessageText.PREFIX) ? error.message() : said;
    }

    /** A reason or note (possibly an encoded message) in the caller's language. */
    public String message(String text) {
        if (i18n == null) {
            return text;
        }
        return new MessageText(i18n, locale(), ZoneOffset.UTC).of(text);
    }
}
