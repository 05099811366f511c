package io.promisekeeper.standin;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.Locale;

/** The {@code $i18n} that Jira's template renderer puts in every plugin template, for one caller's language. */
public final class LocaleTexts {
    private final I18nResolver texts;
    private final Locale locale;

    public LocaleTexts(I18nResolver texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /** The text for {@code key} in the caller's language. */
    public String getText(String key) {
        return texts.getText(locale, key);
    }
}
