package io.promisekeeper.build;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Jira 10+ protects REST v2 resources and servlets by default and asks apps to say, on every endpoint, who may call
 * it. Every resource method and every servlet of ours names exactly one access level, so none depends on a default.
 */
class SecureEndpointsTest {
    private static final String REST_ACCESS = "com.atlassian.plugins.rest.api.security.annotation.";
    private static final String SERVLET_ACCESS = "com.atlassian.annotations.security.";
    private static final Set<String> LEVELS = Set.of("AdminOnly", "SystemAdminOnly", "LicensedOnly",
            "UnlicensedSiteAccess", "AnonymousSiteAccess", "UnrestrictedAccess");
    private static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, HEAD.class, PATCH.class);

    @Test
    void everyRestResourceMethodNamesItsAccessLevel() {
        List<Class<?>> resources = RestResources.in("io.promisekeeper.jira.rest");
        assertThat(resources).as("the REST package's resources").hasSizeGreaterThanOrEqualTo(5);
        List<String> unmarked = new ArrayList<>();
        int endpoints = 0;
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (HTTP_METHODS.stream().noneMatch(method::isAnnotationPresent)) {
                    continue;
                }
                endpoints++;
                if (accessLevels(method, REST_ACCESS).size() != 1) {
                    unmarked.add(resource.getSimpleName() + "." + method.getName() + " " + accessLevels(method, REST_ACCESS));
                }
            }
        }
        assertThat(endpoints).isGreaterThan(20);
        assertThat(unmarked).as("resource methods without exactly one REST v2 access annotation").isEmpty();
    }

    @Test
    void everyServletOfTheDescriptorNamesItsAccessLevel() throws Exception {
        List<String> servlets = PluginDescriptor.load().elements("servlet").stream().map(e -> e.getAttribute("class")).toList();
        assertThat(servlets).isNotEmpty();
        for (String name : servlets) {
            Class<?> servlet = Class.forName(name);
            assertThat(HttpServlet.class).isAssignableFrom(servlet);
            assertThat(accessLevels(servlet, SERVLET_ACCESS)).as(name + " access annotations").hasSize(1);
        }
    }

    @Test
    void theAdministrationEndpointsAreForAdministratorsOnly() throws Exception {
        Class<?> admin = Class.forName("io.promisekeeper.jira.rest.AdminResource");
        for (Method method : admin.getDeclaredMethods()) {
            if (HTTP_METHODS.stream().anyMatch(method::isAnnotationPresent)) {
                assertThat(accessLevels(method, REST_ACCESS)).as(method.getName()).containsExactly("AdminOnly");
            }
        }
        assertThat(accessLevels(Class.forName("io.promisekeeper.jira.admin.AdminPageServlet"), SERVLET_ACCESS))
                .containsExactly("AdminOnly");
    }

    private static List<String> accessLevels(AnnotatedElement element, String packagePrefix) {
        List<String> found = new ArrayList<>();
        for (Annotation annotation : element.getAnnotations()) {
            String name = annotation.annotationType().getName();
            if (name.startsWith(packagePrefix) && LEVELS.contains(name.substring(packagePrefix.length()))) {
                found.add(name.substring(packagePrefix.length()));
            }
        }
        return found;
    }
}
