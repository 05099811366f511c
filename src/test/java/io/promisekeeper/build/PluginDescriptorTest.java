package io.promisekeeper.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.plugin.web.ContextProvider;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Everything {@code atlassian-plugin.xml} and the templates name exists, with the right type, in both languages. */
class PluginDescriptorTest {
    /** Host classes the descriptor may name; they live in Jira, not in our bundle or our host-API surface. */
    private static final Set<String> HOST_CLASSES = Set.of(
            "com.atlassian.jira.plugin.webfragment.conditions.UserIsAdminCondition",
            "com.atlassian.jira.plugin.webfragment.conditions.UserLoggedInCondition",
            "com.atlassian.jira.plugin.webfragment.conditions.HasIssuePermissionCondition");

    /** Which type a module's class must have, by module element. */
    private static final Map<String, Class<?>> MODULE_TYPES = Map.of(
            "servlet", HttpServlet.class,
            "context-provider", ContextProvider.class);

    private static final Pattern TEMPLATE_I18N = Pattern.compile("\\$i18n\\.getText\\(\\s*\"([^\"]+)\"");
    private static final Pattern JS_I18N = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*['\"]([^'\"]+)['\"]");

    private final PluginDescriptor descriptor = PluginDescriptor.load();

    @Test
    void pluginInfoIsCompleteForUpmAndDataCenter() {
        Element info = descriptor.elements("plugin-info").get(0);
        assertThat(descriptor.root().getAttribute("key")).isEqualTo("io.promisekeeper.promise-keeper-jsm");
        assertThat(text(info, "version")).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(((Element) info.getElementsByTagName("vendor").item(0)).getAttribute("name")).isNotBlank();
        assertThat(params(info)).containsEntry("atlassian-data-center-status", "compatible")
                .containsEntry("atlassian-data-center-compatible", "true")
                .containsKey("configure.url");
    }

    @Test
    void configureUrlPointsAtADeclaredServlet() {
        String configureUrl = params(descriptor.elements("plugin-info").get(0)).get("configure.url");
        List<String> servletPaths = descriptor.elements("servlet").stream()
                .flatMap(s -> children(s, "url-pattern").stream())
                .map(p -> "/plugins/servlet" + p.getTextContent().trim())
                .toList();
        assertThat(servletPaths).contains(configureUrl);
    }

    @Test
    void everyNamedClassExistsWithTheTypeItsModuleNeeds() {
        for (Element e : descriptor.withAttribute("class")) {
            String className = e.getAttribute("class");
            if (HOST_CLASSES.contains(className)) {
                continue;
            }
            assertThat(className).as("class named on <%s>", e.getTagName()).startsWith("io.promisekeeper.");
            Class<?> type = load(className, e.getTagName());
            Class<?> required = MODULE_TYPES.get(e.getTagName());
            if (required != null) {
                assertThat(required.isAssignableFrom(type)).as("%s on <%s> must be a %s", className, e.getTagName(),
                        required.getName()).isTrue();
            }
        }
    }

    @Test
    void theAoModuleDeclaresExactlyTheStoreEntities() {
        List<String> declared = descriptor.elements("entity").stream().map(e -> e.getTextContent().trim()).toList();
        for (String name : declared) {
            assertThat(net.java.ao.RawEntity.class.isAssignableFrom(load(name, "entity"))).as(name).isTrue();
        }
        assertThat(declared).containsExactlyElementsOf(java.util.Arrays.stream(
                io.promisekeeper.jira.store.StoreSchema.ENTITIES).map(Class::getName).toList());
    }

    @Test
    void everyRestPackageHoldsResources() throws IOException {
        for (Element rest : descriptor.elements("rest")) {
            List<Element> packages = children(rest, "package");
            assertThat(packages).as("<rest> names its package").isNotEmpty();
            for (Element pkg : packages) {
                assertThat(RestResources.in(pkg.getTextContent().trim())).as("resources in %s", pkg.getTextContent())
                        .isNotEmpty();
            }
        }
    }

    @Test
    void everyNamedResourceExists() {
        for (Element resource : descriptor.elements("resource")) {
            String type = resource.getAttribute("type");
            String location = resource.getAttribute("location");
            if (type.equals("i18n")) {
                assertThat(resourceUrl(location + ".properties")).as("i18n bundle %s", location).isNotNull();
                assertThat(resourceUrl(location + "_nl.properties")).as("Dutch i18n bundle %s", location).isNotNull();
            } else {
                assertThat(resourceUrl(location)).as("resource %s (%s)", location, resource.getAttribute("name")).isNotNull();
            }
        }
        for (Element param : descriptor.elements("param")) {
            if (param.getAttribute("name").startsWith("plugin-")) {
                assertThat(resourceUrl(param.getTextContent().trim())).as(param.getAttribute("name")).isNotNull();
            }
        }
    }

    @Test
    void everyI18nKeyInTheDescriptorTemplatesAndScriptsExistsInEnglishAndDutch() {
        Properties en = bundle("i18n/promise-keeper.properties");
        Properties nl = bundle("i18n/promise-keeper_nl.properties");
        Set<String> used = new TreeSet<>();
        for (Element e : descriptor.withAttribute("key")) {
            if (Set.of("label", "description", "tooltip", "name").contains(e.getTagName())) {
                used.add(e.getAttribute("key"));
            }
        }
        used.addAll(keysIn("templates", TEMPLATE_I18N));
        used.addAll(javaKeys());
        used.addAll(keysIn("js", JS_I18N));
        assertThat(used).isNotEmpty();
        for (String key : used) {
            assertThat(en.getProperty(key)).as("English text for %s", key).isNotBlank();
            assertThat(nl.getProperty(key)).as("Dutch text for %s", key).isNotBlank();
        }
    }

    @Test
    void englishAndDutchBundlesHaveTheSameKeys() {
        Set<String> en = new TreeSet<>(bundle("i18n/promise-keeper.properties").stringPropertyNames());
        Set<String> nl = new TreeSet<>(bundle("i18n/promise-keeper_nl.properties").stringPropertyNames());
        assertThat(nl).as("keys of the Dutch bundle").containsExactlyInAnyOrderElementsOf(en);
    }

    @Test
    void everyTemplateAServletRendersExists() throws IOException {
        for (Path source : javaSources()) {
            Matcher m = Pattern.compile("\"(templates/[^\"]+\\.vm)\"").matcher(Files.readString(source));
            while (m.find()) {
                assertThat(resourceUrl(m.group(1))).as("template %s used in %s", m.group(1), source.getFileName()).isNotNull();
            }
        }
    }

    /** Keys written out whole in our Java code, e.g. {@code "promise-keeper.admin.title"}. */
    private static Set<String> javaKeys() {
        Set<String> keys = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(promise-keeper\\.[a-z0-9.\\-]+[a-z0-9])\"");
        try {
            for (Path source : javaSources()) {
                Matcher m = literal.matcher(Files.readString(source));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static Set<String> keysIn(String folder, Pattern pattern) {
        Set<String> keys = new TreeSet<>();
        URL url = resourceUrl(folder);
        if (url == null) {
            return keys;
        }
        try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }

    private static Properties bundle(String path) {
        Properties p = new Properties();
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/" + path)) {
            assertThat(in).as(path).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static URL resourceUrl(String location) {
        String path = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
        return PluginDescriptorTest.class.getResource("/" + path);
    }

    private static Class<?> load(String name, String tag) {
        try {
            return Class.forName(name, false, PluginDescriptorTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("<" + tag + "> names class " + name + ", which does not exist", e);
        }
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    private static Map<String, String> params(Element parent) {
        Map<String, String> result = new java.util.HashMap<>();
        for (Element p : children(parent, "param")) {
            result.put(p.getAttribute("name"), p.getTextContent().trim());
        }
        return result;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < parent.getChildNodes().getLength(); i++) {
            if (parent.getChildNodes().item(i) instanceof Element e && e.getTagName().equals(tag)) {
                result.add(e);
            }
        }
        return result;
    }
}
