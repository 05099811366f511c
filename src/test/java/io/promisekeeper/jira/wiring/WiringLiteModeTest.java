package io.promisekeeper.jira.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The wiring runs in Spring's lite mode: no CGLIB subclass, which the bundle could not load inside Jira (it does
 * not import {@code org.springframework.cglib}). In lite mode a {@code @Bean} method that calls another would
 * build a second instance, so each takes what it needs as a parameter instead.
 */
class WiringLiteModeTest {

    /** The root configuration and every feature configuration it imports. */
    static List<Class<?>> configurations() {
        List<Class<?>> all = new ArrayList<>(List.of(PromiseKeeperWiring.class));
        all.addAll(List.of(PromiseKeeperWiring.class.getAnnotation(Import.class).value()));
        return all;
    }

    @Test
    void theWiringAsksForNoCglibProxy() {
        assertThat(configurations()).hasSizeGreaterThan(5).allSatisfy(c ->
                assertThat(c.getAnnotation(Configuration.class).proxyBeanMethods()).as(c.getSimpleName()).isFalse());
    }

    @Test
    void noBeanMethodCallsAnother() {
        List<String> calls = new ArrayList<>();
        for (Class<?> configuration : configurations()) {
            JavaClass wiring = new ClassFileImporter().importClass(configuration);
            for (JavaMethod method : wiring.getMethods()) {
                for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
                    boolean toBean = call.getTarget().resolveMember()
                            .map(target -> target.isAnnotatedWith(Bean.class)).orElse(false);
                    if (toBean) {
                        calls.add(configuration.getSimpleName() + "." + method.getName() + " -> " + call.getName());
                    }
                }
            }
            assertThat(wiring.getMethods()).as(configuration.getSimpleName()).anyMatch(m -> m.isAnnotatedWith(Bean.class));
        }
        assertThat(calls).as("@Bean methods calling @Bean methods").isEmpty();
    }

    @Test
    void everyWiringClassIsShortAndEveryWiringFileIsImported() throws IOException {
        Path folder = Path.of("src/main/java/io/promisekeeper/jira/wiring");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).toList();
            for (Path source : sources) {
                assertThat(Files.readAllLines(source)).as(source.getFileName() + " lines").hasSizeLessThanOrEqualTo(200);
            }
            assertThat(sources).extracting(f -> f.getFileName().toString().replace(".java", ""))
                    .containsExactlyInAnyOrderElementsOf(configurations().stream().map(Class::getSimpleName).toList());
        }
    }
}
