package io.promisekeeper.standin;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** The plugin's own i18n bundles read outside Jira: Dutch for {@code nl}, English otherwise and as fallback. */
public final class BundleTexts implements I18nResolver {
    private static final String BUNDLE = "i18n/promise-keeper";
    private final Map<String, Properties> bundles = new ConcurrentHashMap<>();
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        String pattern = bundle(locale != null && "nl".equals(locale.getLanguage()) ? "_nl" : "").getProperty(key);
        if (pattern == null) {
            pattern = bundle("").getProperty(key);
        }
        if (pattern == null) {
            return key;
        }
        if (arguments == null || arguments.length == 0) {
            return pattern;
        }
        // MessageFormat is not thread-safe; formatting on a copy of a cached, parsed instance is.
        Locale l = locale == null ? Locale.ENGLISH : locale;
        String found = pattern;
        MessageFormat parsed = formats.computeIfAbsent(l.getLanguage() + "\u0000" + found, k -> new MessageFormat(found, l));
        return ((MessageFormat) parsed.clone()).format(arguments);
    }

    private Properties bundle(String suffix) {
        return bundles.computeIfAbsent(suffix, s -> {
            Properties p = new Properties();
            try (InputStream in = BundleTexts.class.getClassLoader().getResourceAsStream(BUNDLE + s + ".properties")) {
                if (in != null) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        });
    }
}
