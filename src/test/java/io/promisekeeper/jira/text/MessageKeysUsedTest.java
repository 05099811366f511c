package io.promisekeeper.jira.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.PromiseStatus;
import io.promisekeeper.core.promise.SuggestionStatus;
import io.promisekeeper.core.settings.AdminConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message the main code names — a field error's key, a refusal's, a job report's, a prompt's note — is in the
 * English and the Dutch bundle, Dutch in words of its own, and neither bundle's text asks for an argument the code
 * does not give. Keys are read from the calls themselves ({@code FieldError.of}, {@code new AccessDenied},
 * {@code new InvalidParameter}, {@code MessageKey.of}, the rule reader's {@code errors.add}), with their arguments
 * counted, so a key added in code without its texts fails here.
 */
class MessageKeysUsedTest {
    /** A call and the position of its key among its arguments; error keys live under {@code error.}. */
    private static final Map<Pattern, Integer> CALLS = Map.of(
            Pattern.compile("FieldError\\.of\\("), 2,
            Pattern.compile("new AccessDenied\\("), 2,
            Pattern.compile("new InvalidParameter\\("), 1,
            Pattern.compile("MessageKey\\.of\\("), 0,
            Pattern.compile("errors\\.add\\("), 2);
    private static final Pattern KEY = Pattern.compile("\"([a-z][a-zA-Z0-9._-]*)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void everyKeyTheCodeNamesIsSaidInBothLanguagesWithTheArgumentsItGets() throws IOException {
        Map<String, Integer> used = used();
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(150);
        Properties en = bundle("");
        Properties nl = bundle("_nl");
        List<String> problems = new ArrayList<>();
        used.forEach((key, arguments) -> {
            String name = key.startsWith("panel.") ? "promise-keeper." + key : MessageText.PREFIX + key;
            for (Properties bundle : List.of(en, nl)) {
                String text = bundle.getProperty(name);
                if (text == null) {
                    problems.add(name + " missing from " + (bundle == en ? "English" : "Dutch"));
                } else if (highest(text) >= arguments) {
                    problems.add(name + " asks for {" + highest(text) + "} but the code gives " + arguments);
                }
            }
            String english = en.getProperty(name);
            String dutch = nl.getProperty(name);
            if (english != null && dutch != null && english.equals(dutch) && words(english).length() > 3) {
                problems.add(name + " is English in the Dutch bundle: " + dutch);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void bothBundlesHoldTheSameKeysAndEachTextTheSameArgumentsInBoth() throws IOException {
        Properties en = bundle("");
        Properties nl = bundle("_nl");
        assertThat(new java.util.TreeSet<>(nl.stringPropertyNames()))
                .isEqualTo(new java.util.TreeSet<>(en.stringPropertyNames()));
        List<String> problems = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            if (highest(en.getProperty(key)) != highest(nl.getProperty(key))) {
                problems.add(key + ": English asks for {" + highest(en.getProperty(key)) + "}, Dutch for {"
                        + highest(nl.getProperty(key)) + "}");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noErrorIsBuiltInEnglishOnly() throws IOException {
        List<String> englishOnly = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(p);
                Matcher m = Pattern.compile("new FieldError\\(").matcher(source);
                while (m.find()) {
                    List<String> args = arguments(source, m.end());
                    if (args.size() == 2) {
                        englishOnly.add(p.getFileName() + ": new FieldError(" + String.join(", ", args) + ")");
                    }
                }
            }
        }
        assertThat(englishOnly).as("use FieldError.of(field, english, key, args...)").isEmpty();
    }

    @Test
    void keysTheCodeMakesFromValuesAreSaidForEveryValue() throws IOException {
        Properties nl = bundle("_nl");
        List<String> keys = new ArrayList<>();
        for (SuggestionStatus s : SuggestionStatus.values()) {
            keys.add(MessageText.PREFIX + FieldError.KEYS + "suggestionDecided." + s.name());
        }
        for (String document : List.of(AdminConfiguration.RULES, AdminConfiguration.TEMPLATES,
                AdminConfiguration.SETTINGS, AdminConfiguration.DELIGHT, AdminConfiguration.INSIGHT)) {
            keys.add(MessageText.PREFIX + "config." + document);
        }
        for (PromiseStatus s : PromiseStatus.values()) {
            keys.add("promise-keeper.panel.status." + s.name());
        }
        for (String k : List.of("nestedTooDeep", "repeatsField", "invalidJsonAt", "promptSent", "promptDismissed")) {
            keys.add(MessageText.PREFIX + FieldError.KEYS + k);
        }
        assertThat(keys).allSatisfy(k -> assertThat(nl.getProperty(k)).as(k).isNotBlank());
    }

    /** Key to the fewest arguments any call gives it. */
    private static Map<String, Integer> used() throws IOException {
        Map<String, Integer> used = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(p);
                CALLS.forEach((call, at) -> {
                    if (call.pattern().startsWith("errors") && !p.endsWith("RuleJson.java")) {
                        return;
                    }
                    Matcher m = call.matcher(source);
                    while (m.find()) {
                        List<String> args = arguments(source, m.end());
                        Matcher key = args.size() > at ? KEY.matcher(args.get(at)) : null;
                        if (key != null && key.matches()) {
                            String name = (at == 0 ? "" : FieldError.KEYS) + key.group(1);
                            used.merge(name, args.size() - at - 1, Math::min);
                        }
                    }
                });
            }
        }
        return used;
    }

    /** The top-level arguments of the call whose opening parenthesis ends just before {@code from}. */
    private static List<String> arguments(String source, int from) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quoted) {
                current.append(c);
                if (c == '\\') {
                    current.append(source.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
                current.append(c);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                current.append(c);
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    if (!current.toString().isBlank()) {
                        args.add(current.toString().strip());
                    }
                    return args;
                }
                depth--;
                current.append(c);
            } else if (c == ',' && depth == 0) {
                args.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return args;
    }

    private static int highest(String text) {
        int highest = -1;
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            highest = Math.max(highest, Integer.parseInt(m.group(1)));
        }
        // MessageFormat must read it, as the host's resolver will.
        new MessageFormat(text);
        return highest;
    }

    private static String words(String text) {
        return text.replaceAll("\\{\\d+[^}]*}", "").replaceAll("[^\\p{L}]", "");
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageKeysUsedTest.class.getClassLoader()
                .getResourceAsStream("i18n/promise-keeper" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
