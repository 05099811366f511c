package io.promisekeeper.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Opens the built plugin bundle, as UPM will. Runs after {@code package} (Failsafe). */
class BundleIT {
    private static Path bundle;

    @BeforeAll
    static void locate() {
        bundle = Path.of(System.getProperty("bundle.jar", "target/promise-keeper-jsm-0.1.0.jar"));
        assertThat(bundle).exists();
    }

    @Test
    void descriptorAndSpringContextSitAtTheirPlaces() throws IOException {
        try (JarFile jar = new JarFile(bundle.toFile())) {
            assertThat(jar.getEntry("atlassian-plugin.xml")).as("atlassian-plugin.xml at the jar root").isNotNull();
            assertThat(jar.getEntry("META-INF/spring/plugin-context.xml")).isNotNull();
            assertThat(jar.getEntry("i18n/promise-keeper.properties")).isNotNull();
            assertThat(jar.getEntry("i18n/promise-keeper_nl.properties")).isNotNull();
            String descriptor = new String(jar.getInputStream(jar.getEntry("atlassian-plugin.xml")).readAllBytes());
            assertThat(descriptor).doesNotContain("${").contains("key=\"io.promisekeeper.promise-keeper-jsm\"");
        }
    }

    @Test
    void manifestCarriesThePluginHeadersAndImportsTheHost() throws IOException {
        try (JarFile jar = new JarFile(bundle.toFile())) {
            Attributes main = jar.getManifest().getMainAttributes();
            assertThat(main.getValue("Atlassian-Plugin-Key")).isEqualTo("io.promisekeeper.promise-keeper-jsm");
            assertThat(main.getValue("Bundle-SymbolicName")).isEqualTo("io.promisekeeper.promise-keeper-jsm");
            assertThat(main.getValue("Bundle-Version")).matches("\\d+\\.\\d+\\.\\d+.*");
            assertThat(main.getValue("Spring-Context")).isNotBlank();
            List<String> imports = packages(main.getValue("Import-Package"));
            assertThat(imports).contains("com.atlassian.event.api", "com.atlassian.jira.event.issue",
                    "com.atlassian.sal.api.user", "com.atlassian.templaterenderer");
            assertThat(imports).noneMatch(p -> p.startsWith("java."));
            assertThat(imports).noneMatch(p -> p.startsWith("io.promisekeeper"));
            assertThat(main.getValue("Export-Package")).as("the bundle exports nothing").isNull();
        }
    }

    /** Every Jira 11.3 patch, oldest to newest (JiraHostPackages), satisfies every versioned import. */
    @Test
    void importRangesAcceptEveryJira113Patch() throws IOException {
        try (JarFile jar = new JarFile(bundle.toFile())) {
            List<ImportedPackages.Import> imports = ImportedPackages.parse(
                    jar.getManifest().getMainAttributes().getValue("Import-Package"));
            for (ImportedPackages.Import imported : imports) {
                JiraHostPackages.HostPackage row = JiraHostPackages.rowFor(imported.name()).orElse(null);
                if (imported.optional() && row == null) {
                    continue;
                }
                assertThat(row).as("table row for %s", imported.name()).isNotNull();
                boolean thirdParty = !imported.name().startsWith("com.atlassian.") && !imported.name().startsWith("net.java.ao");
                if (thirdParty) {
                    assertThat(imported.range()).as("%s names its version range", imported.name()).isNotNull();
                }
                if (imported.range() != null) {
                    assertThat(imported.range().includes(row.oldest()))
                            .as("%s %s accepts the oldest 11.3 (%s; %s)", imported.name(), imported.range(), row.oldest(),
                                    row.source()).isTrue();
                    assertThat(imported.range().includes(row.newest()))
                            .as("%s %s accepts the newest 11.3 (%s)", imported.name(), imported.range(), row.newest())
                            .isTrue();
                }
            }
            // Named only in atlassian-plugin.xml, so bnd cannot see it: imported by hand.
            assertThat(imports).extracting(ImportedPackages.Import::name)
                    .contains("com.atlassian.jira.plugin.webfragment.conditions");
        }
    }

    @Test
    void onlyOurPluginClassesAndTheOneEmbeddedLibraryAreInside() throws IOException {
        try (JarFile jar = new JarFile(bundle.toFile())) {
            List<String> classes = Collections.list(jar.entries()).stream()
                    .map(ZipEntry::getName).filter(n -> n.endsWith(".class")).toList();
            assertThat(classes).isNotEmpty();
            // Commons CSV is carried on purpose (Jira does not export it); nothing else from outside may ride along.
            assertThat(classes).allMatch(n -> n.startsWith("io/promisekeeper/") || n.startsWith("org/apache/commons/csv/"),
                    "under io/promisekeeper/ or org/apache/commons/csv/");
            assertThat(classes).contains("org/apache/commons/csv/CSVFormat.class");
            assertThat(classes).noneMatch(n -> n.startsWith("io/promisekeeper/cli/"));
            assertThat(classes).contains("io/promisekeeper/jira/wiring/PromiseKeeperWiring.class");
        }
    }

    @Test
    void theBundleStaysLean() throws IOException {
        assertThat(Files.size(bundle)).as("bundle size in bytes").isLessThan(5L * 1024 * 1024);
    }

    private static List<String> packages(String header) {
        assertThat(header).isNotNull();
        return ImportedPackages.parse(header).stream().map(ImportedPackages.Import::name).toList();
    }
}
