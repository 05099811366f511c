package io.promisekeeper.jira.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.promise.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every field error with a message key is worded in English and Dutch, with the same arguments. */
class ErrorBundlesTest {
    private static final String ERRORS = MessageText.PREFIX + FieldError.KEYS;
    /** The key argument of {@code FieldError.of(field, "english", "key", ...)} and RuleJson's {@code errors.add}. */
    private static final Pattern USED = Pattern.compile(
            "(?:FieldError\\.of|errors\\.add)\\((?:\"[^\"]*\"|[^;\"])*?,\\s*\"(?:[^\"\\\\]|\\\\.)*\"(?:\\s*\\+[^;]*?)?,\\s*\"([a-zA-Z0-9]+)\"");

    @Test
    void everyErrorKeyExistsInBothLanguagesWithTheSameArguments() throws IOException {
        Properties en = bundle("");
        Properties nl = bundle("_nl");
        Set<String> english = keys(en);
        assertThat(english).hasSizeGreaterThan(50);
        assertThat(keys(nl)).isEqualTo(english);
        for (String key : english) {
            assertThat(arguments(nl.getProperty(key))).as(key).isEqualTo(arguments(en.getProperty(key)));
            assertThat(nl.getProperty(key)).as(key + " is Dutch, not English").isNotEqualTo(en.getProperty(key));
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = USED.matcher(Files.readString(p));
                while (m.find()) {
                    used.add(ERRORS + m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(keys(bundle("_nl"))).containsAll(used);
    }

    private static Set<String> keys(Properties p) {
        return p.stringPropertyNames().stream().filter(k -> k.startsWith(ERRORS)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static int arguments(String pattern) {
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ErrorBundlesTest.class.getClassLoader()
                .getResourceAsStream("i18n/promise-keeper" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
