package io.promisekeeper.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release gate's comparison ({@code scripts/HostApiComparison.java}, run by {@code check-against-atlassian.sh}
 * against Atlassian's real jars) cannot meet the real jars here; this checks that it passes a faithful surface and
 * names each kind of difference: a changed signature and a class the real artifacts lack.
 */
class HostApiComparisonTest {
    private static final Path COMPILED = Path.of("target/classes");

    @TempDir
    Path temp;

    @Test
    void aSurfaceComparedWithItselfHasNoDifference() throws Exception {
        Path surface = copyOfSurface(temp.resolve("surface"));

        Result result = compare(surface, surface);

        assertThat(result.output()).containsPattern("host-API comparison: \\d+ classes, \\d+ members, 0 differences");
        assertThat(result.exit()).isZero();
    }

    @Test
    void aChangedReturnTypeAndAMissingClassAreEachNamed() throws Exception {
        Path surface = copyOfSurface(temp.resolve("surface"));
        Path real = copyOfSurface(temp.resolve("real"));
        Path requestType = real.resolve("com/atlassian/servicedesk/api/requesttype/RequestType.class");
        Files.delete(requestType);
        compile(real, "com.atlassian.servicedesk.api.requesttype.RequestType",
                "package com.atlassian.servicedesk.api.requesttype; public interface RequestType { Object getName(); }");
        Files.delete(real.resolve("com/atlassian/plugins/rest/api/security/annotation/LicensedOnly.class"));

        Result result = compare(surface, real);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.output())
                .contains("com.atlassian.servicedesk.api.requesttype.RequestType: java.lang.String getName() not found;"
                        + " the real class has java.lang.Object getName()")
                .contains("com.atlassian.plugins.rest.api.security.annotation.LicensedOnly: no such class")
                .containsPattern("host-API comparison: \\d+ classes, \\d+ members, 2 differences");
    }

    private static Path copyOfSurface(Path target) throws IOException {
        Path source = COMPILED.resolve("com/atlassian");
        assertThat(source).as("the compiled host-API surface").isDirectory();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(COMPILED.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return target;
    }

    private static void compile(Path output, String className, String source) throws IOException {
        Path src = Files.createTempDirectory("mirror-src").resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", output.toString(), src.toString());
        assertThat(status).isZero();
    }

    private static Result compare(Path surface, Path real) throws Exception {
        String support = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.endsWith(".jar")).collect(Collectors.joining(File.pathSeparator));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "scripts/HostApiComparison.java",
                surface.toString(), real + File.pathSeparator + support, support))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exit, String output) {
    }
}
