package io.promisekeeper.jira.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.atlassian.event.api.EventPublisher;
import io.promisekeeper.build.HostServiceReferences;
import io.promisekeeper.build.HostServiceReferences.Reference;
import io.promisekeeper.build.PluginDescriptor;
import io.promisekeeper.jira.event.TicketEventListener;
import io.promisekeeper.jira.event.TicketWorkQueue;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

class PromiseKeeperWiringTest {

    /** Builds the app's configuration the way the plugin's Spring context does, with a mock per host service. */
    private static AnnotationConfigApplicationContext context(List<Reference> hostServices) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        for (Reference ref : hostServices) {
            Class<?> type = load(ref.interfaceName());
            registerMock(context, ref.id(), type);
        }
        context.register(PromiseKeeperWiring.class);
        context.refresh();
        return context;
    }

    private static <T> void registerMock(AnnotationConfigApplicationContext context, String id, Class<T> type) {
        T mock = mock(type);
        context.registerBean(id, type, () -> mock);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("plugin-context.xml imports " + name + ", which is not on the class path", e);
        }
    }

    @Test
    void everyBeanIsCreatedFromTheDeclaredHostServices() {
        try (AnnotationConfigApplicationContext context = context(HostServiceReferences.read())) {
            assertThat(context.getBeansOfType(TicketEventListener.class)).hasSize(1);
            assertThat(context.getBean(TicketWorkQueue.class).capacity()).isEqualTo(TicketEventWiring.WORK_QUEUE_CAPACITY);
            for (String name : context.getBeanDefinitionNames()) {
                assertThatCode(() -> context.getBean(name)).as(name).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void listenerRegistersOnStartAndUnregistersOnStop() {
        EventPublisher publisher;
        TicketEventListener listener;
        try (AnnotationConfigApplicationContext context = context(HostServiceReferences.read())) {
            publisher = context.getBean(EventPublisher.class);
            listener = context.getBean(TicketEventListener.class);
            verify(publisher).register(listener);
        }
        verify(publisher).unregister(listener);
    }

    @Test
    void modulesThatJiraInstantiatesCanBeBuiltFromTheContext() {
        try (AnnotationConfigApplicationContext context = context(HostServiceReferences.read())) {
            for (String className : moduleClasses()) {
                Class<?> type = load(className);
                assertThatCode(() -> context.getAutowireCapableBeanFactory().createBean(type)).as(className)
                        .doesNotThrowAnyException();
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> aMissingHostServiceFailsWithItsName() {
        List<Reference> all = HostServiceReferences.read();
        return all.stream().map(missing -> DynamicTest.dynamicTest("without " + missing.id(), () -> {
            List<Reference> others = all.stream().filter(r -> !r.equals(missing)).toList();
            assertThatThrownBy(() -> {
                try (AnnotationConfigApplicationContext context = context(others)) {
                    for (String className : moduleClasses()) {
                        context.getAutowireCapableBeanFactory().createBean(load(className));
                    }
                }
            }).hasMessageContaining(missing.interfaceName());
        }));
    }

    @Test
    void listenerNeverRegistersTwice() {
        try (AnnotationConfigApplicationContext context = context(HostServiceReferences.read())) {
            EventPublisher publisher = context.getBean(EventPublisher.class);
            verify(publisher, org.mockito.Mockito.times(1)).register(any());
        }
    }

    /** Our classes the plugin system instantiates itself (servlets, REST resources, context providers...). */
    private static List<String> moduleClasses() {
        PluginDescriptor descriptor = PluginDescriptor.load();
        List<String> classes = new java.util.ArrayList<>(descriptor.withAttribute("class").stream()
                .map(e -> e.getAttribute("class"))
                .filter(c -> c.startsWith("io.promisekeeper."))
                .distinct()
                .toList());
        for (org.w3c.dom.Element rest : descriptor.elements("rest")) {
            org.w3c.dom.NodeList packages = rest.getElementsByTagName("package");
            for (int i = 0; i < packages.getLength(); i++) {
                io.promisekeeper.build.RestResources.in(packages.item(i).getTextContent().trim())
                        .forEach(c -> classes.add(c.getName()));
            }
        }
        return classes;
    }
}
