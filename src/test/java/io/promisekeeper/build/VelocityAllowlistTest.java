package io.promisekeeper.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.jira.panel.TemplateTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Jira 10+ blocks every method a template calls unless Jira's global allowlist or the plugin's
 * {@code velocity-allowlist} module names it. Our templates read plain values (maps, lists, texts, numbers,
 * booleans: the preview's renderer refuses anything else), so a template may call no method of its own accord:
 * each call it makes must be one of {@link #JIRA_ALLOWS} or a method of ours that the module lists.
 */
class VelocityAllowlistTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** A reference such as {@code $a.b.c(...)}, {@code $!a.b} or {@code ${a.b}}: its root and the rest. */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\$!?\\{?([A-Za-z][A-Za-z0-9_]*)((?:\\.[A-Za-z_][A-Za-z0-9_]*(?:\\([^)]*\\))?)*)");
    private static final Pattern SEGMENT = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)(\\()?");
    private static final Pattern GETTER = Pattern.compile("(get|is)[A-Z].*");
    /** Methods of JDK types, on Jira's global allowlist, that the templates call: none (a map's keys are read). */
    private static final Set<String> JIRA_ALLOWS = Set.of();

    @Test
    void everyMethodATemplateCallsIsAllowedByJiraOrListedInOurAllowlist() throws IOException {
        List<String> listed = allowlist();
        List<String> refused = new ArrayList<>();
        int references = 0;
        for (Path template : templates()) {
            for (String reference : references(template)) {
                references++;
                Matcher segment = SEGMENT.matcher(reference);
                while (segment.find()) {
                    String member = segment.group(1);
                    boolean call = segment.group(2) != null || GETTER.matcher(member).matches();
                    if (call && !JIRA_ALLOWS.contains(member)
                            && listed.stream().noneMatch(m -> m.contains("#" + member + "("))) {
                        refused.add(TEMPLATES.relativize(template) + ": " + reference);
                    }
                }
            }
        }
        assertThat(references).as("references found in the templates").isGreaterThan(100);
        assertThat(refused).as("method calls Jira would block (not allow-listed)").isEmpty();
    }

    @Test
    void everyAllowlistEntryIsAMethodOfOurs() {
        for (String entry : allowlist()) {
            Matcher m = Pattern.compile("([\\w.$]+)#(\\w+)\\(([^)]*)\\)").matcher(entry);
            assertThat(m.matches()).as("allowlist entry %s is Class#method(types)", entry).isTrue();
            assertThat(m.group(1)).as("Jira lets a plugin allow-list its own classes only").startsWith("io.promisekeeper.");
            Class<?> type = load(m.group(1));
            String[] parameters = m.group(3).isBlank() ? new String[0] : m.group(3).split("\\s*,\\s*");
            boolean found = Arrays.stream(type.getMethods()).anyMatch(method -> method.getName().equals(m.group(2))
                    && Arrays.equals(Arrays.stream(method.getParameterTypes()).map(Class::getName).toArray(), parameters));
            assertThat(found).as("%s exists and is public", entry).isTrue();
        }
    }

    /** A page's {@code $text.x} names a text of the page's own prefix that exists (see {@link TemplateTexts}). */
    @Test
    void everyTextATemplateReadsExists() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/promise-keeper.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        int texts = 0;
        for (Path template : templates()) {
            String prefix = "promise-keeper." + TEMPLATES.relativize(template).getName(0) + ".";
            for (String reference : references(template)) {
                if (reference.startsWith("text.")) {
                    texts++;
                    String name = reference.substring("text.".length());
                    assertThat(english.stringPropertyNames()).as("%s in %s", reference, template.getFileName())
                            .anyMatch(key -> key.startsWith(prefix) && TemplateTexts.name(key).equals(name));
                }
            }
        }
        assertThat(texts).isGreaterThan(100);
    }

    private static List<String> allowlist() {
        List<String> methods = new ArrayList<>();
        for (Element module : PluginDescriptor.load().elements("velocity-allowlist")) {
            var nodes = module.getElementsByTagName("method");
            for (int i = 0; i < nodes.getLength(); i++) {
                methods.add(nodes.item(i).getTextContent().trim());
            }
        }
        return methods;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> templates = files.filter(p -> p.toString().endsWith(".vm")).sorted().toList();
            assertThat(templates).isNotEmpty();
            return templates;
        }
    }

    /** Every reference of the template, without its {@code $}, outside Velocity comments. */
    static List<String> references(Path template) {
        String source;
        try {
            source = Files.readString(template, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        source = source.replaceAll("(?s)#\\*.*?\\*#", "").replaceAll("(?m)##.*$", "");
        List<String> references = new ArrayList<>();
        Matcher m = REFERENCE.matcher(source);
        while (m.find()) {
            references.add(m.group(1) + m.group(2));
        }
        return references;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name + " is not on the class path", e);
        }
    }
}
