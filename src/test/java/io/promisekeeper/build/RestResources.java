package io.promisekeeper.build;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

/** The JAX-RS resource classes of a package, as Jira's REST module scans them. */
public final class RestResources {
    private RestResources() {
    }

    public static List<Class<?>> in(String packageName) {
        java.util.List<Class<?>> result = new java.util.ArrayList<>();
        try {
            // Main and test classes share packages: look in every class-path root.
            for (URL url : java.util.Collections.list(RestResources.class.getClassLoader()
                    .getResources(packageName.replace('.', '/')))) {
                try (Stream<java.nio.file.Path> files = Files.list(java.nio.file.Path.of(url.toURI()))) {
                    files.map(f -> f.getFileName().toString())
                            .filter(n -> n.endsWith(".class") && !n.contains("$"))
                            .<Class<?>>map(n -> load(packageName + "." + n.substring(0, n.length() - 6)))
                            .filter(c -> c.isAnnotationPresent(Path.class))
                            .forEach(result::add);
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
