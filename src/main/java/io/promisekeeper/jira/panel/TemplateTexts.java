package io.promisekeeper.jira.panel;

import com.atlassian.sal.api.message.I18nResolver;
import io.promisekeeper.jira.web.Html;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A page's texts as plain, escaped strings for its template, so the template calls no method (Jira 10+ blocks
 * template method calls that are not allow-listed): every key of our bundle under a prefix, named as in
 * {@code $text.admin_rules_save} for {@code promise-keeper.admin.rules.save}.
 */
public final class TemplateTexts {
    static final String BUNDLE = "/i18n/promise-keeper.properties";
    private static final String APP_PREFIX = "promise-keeper.";
    private static final List<String> KEYS = keys();

    private TemplateTexts() {
    }

    /** The texts under {@code prefix} (for example {@code promise-keeper.admin.}) in {@code locale}. */
    public static Map<String, String> of(String prefix, I18nResolver i18n, Locale locale) {
        Map<String, String> texts = new HashMap<>();
        for (String key : KEYS) {
            if (key.startsWith(prefix)) {
                texts.put(name(key), Html.escape(i18n.getText(locale, key)));
            }
        }
        return texts;
    }

    /** The name a template reads {@code key} by: without the app's prefix, dots and dashes as underscores. */
    public static String name(String key) {
        String local = key.startsWith(APP_PREFIX) ? key.substring(APP_PREFIX.length()) : key;
        return local.replace('.', '_').replace('-', '_');
    }

    private static List<String> keys() {
        Properties bundle = new Properties();
        try (InputStream in = TemplateTexts.class.getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLE + " is missing from the plugin");
            }
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle.stringPropertyNames().stream().sorted().toList();
    }
}
