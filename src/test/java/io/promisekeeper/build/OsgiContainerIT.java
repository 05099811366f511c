package io.promisekeeper.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobRunnerKey;
import io.promisekeeper.build.ImportedPackages.Import;
import io.promisekeeper.build.JiraHostPackages.HostPackage;
import io.promisekeeper.build.JiraHostPackages.Profile;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.apache.felix.framework.Felix;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWiring;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanDefinitionHolder;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.NamespaceHandler;
import org.springframework.beans.factory.xml.NamespaceHandlerResolver;
import org.springframework.beans.factory.xml.ParserContext;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.UrlResource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Installs the built bundle in a real OSGi framework (Apache Felix) whose system bundle exports what the bundle
 * imports at the versions of the oldest and of the newest Jira 11.3 ({@link JiraHostPackages}), as Jira would,
 * then starts its Spring context with the host services taken from the OSGi service registry.
 * The host classes come from the test class path (the host-API surface and the real provided jars) and reach the
 * bundle only through the system bundle's exports; the bundle's own classes come from the jar.
 */
class OsgiContainerIT {
    private static final String SYMBOLIC_NAME = "io.promisekeeper.promise-keeper-jsm";
    private static final String BLUEPRINT_NS = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    @TempDir
    Path storage;

    @ParameterizedTest
    @EnumSource(Profile.class)
    void theBundleResolvesStartsAndWires(Profile profile) throws Exception {
        Path jar = Path.of(System.getProperty("bundle.jar", "target/promise-keeper-jsm-0.1.0.jar"));
        assertThat(jar).exists();
        List<Import> imports = imports(jar);

        Felix felix = new Felix(frameworkConfig(systemExports(imports, profile)));
        felix.init();
        felix.start();
        try {
            Map<Class<?>, Object> services = registerHostServices(felix.getBundleContext());
            Bundle bundle = felix.getBundleContext().installBundle(jar.toUri().toString());
            bundle.start();
            assertThat(bundle.getState()).as("bundle state").isEqualTo(Bundle.ACTIVE);
            assertThat(bundle.getSymbolicName()).isEqualTo(SYMBOLIC_NAME);

            assertIsolated(bundle);
            int classes = loadAndLinkEveryClass(bundle, jar);
            loadAndLinkDescriptorClasses(bundle);
            assertTheDomainFindsItsJsonSyntax(bundle);

            int beans;
            try (GenericApplicationContext context = springContext(bundle)) {
                beans = context.getBeanDefinitionCount();
                for (String name : context.getBeanDefinitionNames()) {
                    assertThat(context.getBean(name)).as("bean " + name).isNotNull();
                }
                assertListenerAndJobsRegistered(bundle, services);
                buildModules(bundle, context);
            }
            System.out.println("osgi container: bundle " + bundle.getSymbolicName() + " ACTIVE (" + profile.label()
                    + "), " + classes + " classes loaded, " + beans + " beans");
        } finally {
            felix.stop();
            felix.waitForStop(10_000);
        }
    }

    private Map<String, Object> frameworkConfig(String systemExports) {
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, systemExports);
        // Only java.* comes from the parent; everything else the bundle sees must be wired through an import.
        config.put(Constants.FRAMEWORK_BUNDLE_PARENT, Constants.FRAMEWORK_BUNDLE_PARENT_BOOT);
        config.put(Constants.FRAMEWORK_BOOTDELEGATION, "");
        config.put("felix.bootdelegation.implicit", "false");
        config.put("felix.log.level", "1");
        return config;
    }

    /** Every package the bundle imports (optional ones only if the test class path has them), at the profile's version. */
    private static String systemExports(List<Import> imports, Profile profile) {
        List<String> exports = new ArrayList<>();
        for (Import imported : imports) {
            if (imported.optional() && !onTestClassPath(imported.name())) {
                continue;
            }
            assertThat(imported.name()).as("a host package of the bundle").doesNotStartWith("io.promisekeeper");
            HostPackage row = JiraHostPackages.rowFor(imported.name()).orElseThrow(() -> new AssertionError(
                    "the bundle imports " + imported.name() + ", which has no row in JiraHostPackages"));
            exports.add(imported.name() + ";version=\"" + row.version(profile) + "\"");
        }
        return String.join(",", exports);
    }

    private static boolean onTestClassPath(String packageName) {
        return OsgiContainerIT.class.getClassLoader().getResource(packageName.replace('.', '/')) != null;
    }

    private static List<Import> imports(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return ImportedPackages.parse(file.getManifest().getMainAttributes().getValue("Import-Package"));
        }
    }

    /** A fake for every host service plugin-context.xml imports, registered by the system bundle, as Jira's are. */
    private static Map<Class<?>, Object> registerHostServices(BundleContext system) throws ClassNotFoundException {
        Map<Class<?>, Object> services = new HashMap<>();
        for (HostServiceReferences.Reference ref : HostServiceReferences.read()) {
            Class<?> type = Class.forName(ref.interfaceName());
            Object fake = mock(type);
            system.registerService(type.getName(), fake, null);
            services.put(type, fake);
        }
        return services;
    }

    /** The bundle sees a host class as the system bundle exports it, and nothing of the test class path besides. */
    private static void assertIsolated(Bundle bundle) throws ClassNotFoundException {
        assertThat(bundle.loadClass(EventPublisher.class.getName())).as("a host class, through the system bundle")
                .isSameAs(EventPublisher.class);
        for (String hidden : List.of("org.mockito.Mockito", "org.junit.jupiter.api.Test",
                "org.springframework.cglib.proxy.Enhancer", OsgiContainerIT.class.getName())) {
            try {
                bundle.loadClass(hidden);
                throw new AssertionError(hidden + " leaks into the bundle from the test class path");
            } catch (ClassNotFoundException expected) {
                // Not imported, not exported: invisible, as in Jira.
            }
        }
    }

    /**
     * The domain reads settings through {@code JsonSyntax.standard()}, which {@link java.util.ServiceLoader} finds in
     * the bundle's own META-INF/services: it must work with the bundle's class loader, reading with Jackson as imported.
     */
    private static void assertTheDomainFindsItsJsonSyntax(Bundle bundle) throws ReflectiveOperationException {
        Class<?> port = bundle.loadClass("io.promisekeeper.core.settings.json.JsonSyntax");
        Object syntax = port.getMethod("standard").invoke(null);
        assertThat(syntax.getClass().getName()).isEqualTo("io.promisekeeper.jira.json.StrictJson");
        assertThat(FrameworkUtil.getBundle(syntax.getClass())).isEqualTo(bundle);
        assertThat(port.getMethod("parse", String.class).invoke(syntax, "{\"a\": [1]}").toString()).isEqualTo("{a=[1]}");
    }

    /** Loads every class of the jar through the bundle and links its declared members; answers the count. */
    private static int loadAndLinkEveryClass(Bundle bundle, Path jar) throws IOException {
        List<String> names;
        try (JarFile file = new JarFile(jar.toFile())) {
            names = Collections.list(file.entries()).stream().map(ZipEntry::getName)
                    .filter(n -> n.endsWith(".class") && !n.equals("module-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).toList();
        }
        assertThat(names).isNotEmpty();
        for (String name : names) {
            Class<?> type = loadAndLink(bundle, name, "the bundle jar");
            assertThat(FrameworkUtil.getBundle(type)).as(name + " comes from the bundle, not the class path")
                    .isEqualTo(bundle);
        }
        return names.size();
    }

    /** Every class the descriptor names (ours and the host's: conditions, context providers, servlets, entities). */
    private static void loadAndLinkDescriptorClasses(Bundle bundle) throws IOException {
        for (String name : descriptorClassNames(bundle)) {
            loadAndLink(bundle, name, "atlassian-plugin.xml");
        }
    }

    private static Set<String> descriptorClassNames(Bundle bundle) throws IOException {
        PluginDescriptor descriptor = PluginDescriptor.load(bundle.getEntry("atlassian-plugin.xml"));
        Set<String> names = new LinkedHashSet<>();
        descriptor.withAttribute("class").forEach(e -> names.add(e.getAttribute("class")));
        descriptor.elements("entity").forEach(e -> names.add(e.getTextContent().trim()));
        assertThat(names).isNotEmpty();
        return names;
    }

    private static Class<?> loadAndLink(Bundle bundle, String name, String namedBy) {
        try {
            Class<?> type = bundle.loadClass(name);
            type.getDeclaredMethods();
            type.getDeclaredFields();
            type.getDeclaredConstructors();
            return type;
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError(name + " (named by " + namedBy + ") does not load or link in bundle "
                    + bundle.getSymbolicName() + ": " + e, e);
        }
    }

    /** The bundle's Spring context from META-INF/spring/*.xml, as the plugin system's Spring extender builds it. */
    private static GenericApplicationContext springContext(Bundle bundle) throws IOException {
        ClassLoader bundleLoader = bundle.adapt(BundleWiring.class).getClassLoader();
        GenericApplicationContext context = new GenericApplicationContext();
        context.setClassLoader(bundleLoader);
        context.getBeanFactory().setBeanClassLoader(bundleLoader);
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        reader.setBeanClassLoader(bundleLoader);
        // No schema fetch: the Gemini Blueprint XSD is not on this class path; elements are checked by the handler.
        reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_NONE);
        reader.setNamespaceAware(true);
        NamespaceHandlerResolver spring = new DefaultNamespaceHandlerResolver(OsgiContainerIT.class.getClassLoader());
        NamespaceHandler services = new ServiceReferences(bundle);
        reader.setNamespaceHandlerResolver(uri -> BLUEPRINT_NS.equals(uri) ? services : spring.resolve(uri));
        List<URL> files = Collections.list(bundle.findEntries("META-INF/spring", "*.xml", false));
        assertThat(files).as("META-INF/spring/*.xml").isNotEmpty();
        for (URL file : files) {
            reader.loadBeanDefinitions(new UrlResource(file));
        }
        context.refresh();
        return context;
    }

    private static void assertListenerAndJobsRegistered(Bundle bundle, Map<Class<?>, Object> services)
            throws Exception {
        ArgumentCaptor<Object> listener = ArgumentCaptor.forClass(Object.class);
        verify((EventPublisher) services.get(EventPublisher.class)).register(listener.capture());
        assertThat(listener.getValue().getClass().getName()).isEqualTo("io.promisekeeper.jira.event.TicketEventListener");
        assertThat(FrameworkUtil.getBundle(listener.getValue().getClass())).isEqualTo(bundle);

        ArgumentCaptor<JobRunnerKey> keys = ArgumentCaptor.forClass(JobRunnerKey.class);
        ArgumentCaptor<JobRunner> runners = ArgumentCaptor.forClass(JobRunner.class);
        verify((SchedulerService) services.get(SchedulerService.class), atLeastOnce())
                .registerJobRunner(keys.capture(), runners.capture());
        assertThat(keys.getAllValues()).extracting(JobRunnerKey::toString)
                .anyMatch(k -> k.contains("overdue-sweep")).anyMatch(k -> k.contains("notice-round"));
        assertThat(runners.getAllValues()).allMatch(r -> FrameworkUtil.getBundle(r.getClass()) == bundle);
        verify((SchedulerService) services.get(SchedulerService.class), atLeastOnce()).scheduleJob(any(), any());
    }

    /** Each REST resource, servlet and context provider, built with the context's beans as Jira builds them. */
    private static void buildModules(Bundle bundle, GenericApplicationContext context) throws IOException {
        List<String> modules = new ArrayList<>();
        descriptorClassNames(bundle).stream().filter(n -> n.startsWith("io.promisekeeper.")
                && !n.startsWith("io.promisekeeper.jira.store.")).forEach(modules::add);
        PluginDescriptor descriptor = PluginDescriptor.load(bundle.getEntry("atlassian-plugin.xml"));
        for (Element rest : descriptor.elements("rest")) {
            for (Node pkg = rest.getFirstChild(); pkg != null; pkg = pkg.getNextSibling()) {
                if (pkg instanceof Element e && e.getTagName().equals("package")) {
                    modules.addAll(restResources(bundle, e.getTextContent().trim()));
                }
            }
        }
        assertThat(modules).anyMatch(n -> n.contains(".rest.")).anyMatch(n -> n.endsWith("Servlet"));
        for (String name : modules) {
            Object module;
            try {
                module = context.getAutowireCapableBeanFactory().createBean(bundle.loadClass(name));
            } catch (ClassNotFoundException e) {
                throw new AssertionError(name + " does not load in the bundle", e);
            }
            assertThat(FrameworkUtil.getBundle(module.getClass())).as(name).isEqualTo(bundle);
        }
    }

    /** Classes of {@code packageName} in the bundle that carry JAX-RS {@code @Path}, as the REST module scans them. */
    private static List<String> restResources(Bundle bundle, String packageName) {
        List<URL> entries = Collections.list(bundle.findEntries(packageName.replace('.', '/'), "*.class", false));
        return entries.stream().map(u -> u.getPath().substring(u.getPath().lastIndexOf('/') + 1))
                .filter(n -> !n.contains("$"))
                .map(n -> packageName + "." + n.substring(0, n.length() - ".class".length()))
                .filter(n -> {
                    try {
                        return bundle.loadClass(n).isAnnotationPresent(jakarta.ws.rs.Path.class);
                    } catch (ClassNotFoundException e) {
                        throw new AssertionError(e);
                    }
                })
                .collect(Collectors.toList());
    }

    /**
     * The {@code osgi:reference} element: a bean of the element's interface (loaded through the bundle, so its
     * package must be imported) whose instance is the service of that interface in the OSGi service registry.
     */
    private static final class ServiceReferences implements NamespaceHandler {
        private final Bundle bundle;

        ServiceReferences(Bundle bundle) {
            this.bundle = bundle;
        }

        @Override
        public void init() {
        }

        @Override
        public BeanDefinition parse(Element element, ParserContext parserContext) {
            assertThat(element.getLocalName()).as("Gemini Blueprint element").isEqualTo("reference");
            String id = element.getAttribute("id");
            String interfaceName = element.getAttribute("interface");
            Class<?> type;
            try {
                type = bundle.loadClass(interfaceName);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("osgi:reference " + id + ": " + interfaceName
                        + " is not visible to the bundle", e);
            }
            RootBeanDefinition definition = new RootBeanDefinition(type);
            definition.setInstanceSupplier(() -> service(interfaceName));
            parserContext.getRegistry().registerBeanDefinition(id, definition);
            return null;
        }

        private Object service(String interfaceName) {
            BundleContext context = bundle.getBundleContext();
            ServiceReference<?> reference = context.getServiceReference(interfaceName);
            if (reference == null) {
                throw new IllegalStateException("no OSGi service " + interfaceName + " for bundle "
                        + bundle.getSymbolicName());
            }
            return context.getService(reference);
        }

        @Override
        public BeanDefinitionHolder decorate(Node source, BeanDefinitionHolder definition, ParserContext parserContext) {
            return definition;
        }
    }
}
