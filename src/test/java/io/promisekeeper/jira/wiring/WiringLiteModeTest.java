package io.promisekeeper.jira.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The wiring runs in Spring's lite mode: no CGLIB subclass, which the bundle could not load inside Jira (it does
 * not import {@code org.springframework.cglib}). In lite mode a {@code @Bean} method that calls another would
 * build a second instance, so each takes what it needs as a parameter instead.
 */
class WiringLiteModeTest {

    @Test
    void theWiringAsksForNoCglibProxy() {
        assertThat(PromiseKeeperWiring.class.getAnnotation(Configuration.class).proxyBeanMethods()).isFalse();
    }

    @Test
    void noBeanMethodCallsAnother() {
        JavaClass wiring = new ClassFileImporter().importClass(PromiseKeeperWiring.class);
        List<String> calls = new ArrayList<>();
        for (JavaMethod method : wiring.getMethods()) {
            for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
                boolean toBean = call.getTargetOwner().equals(wiring) && call.getTarget().resolveMember()
                        .map(target -> target.isAnnotatedWith(Bean.class)).orElse(false);
                if (toBean) {
                    calls.add(method.getName() + " -> " + call.getName());
                }
            }
        }
        assertThat(wiring.getMethods()).anyMatch(m -> m.isAnnotatedWith(Bean.class));
        assertThat(calls).as("@Bean methods calling @Bean methods").isEmpty();
    }
}
