package io.promisekeeper.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The domain stays free of host, web, persistence and serialisation libraries. */
class CoreIsolationTest {
    private static final List<String> FORBIDDEN = List.of("com.atlassian", "jakarta.", "javax.servlet",
            "net.java.ao", "org.springframework", "com.fasterxml", "picocli", "org.apache.commons",
            "io.promisekeeper.cli", "io.promisekeeper.jira");

    @Test
    void coreImportsNothingFromOutside() throws IOException {
        Path core = Path.of("src/main/java/io/promisekeeper/core");
        try (Stream<Path> files = Files.walk(core)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (String forbidden : FORBIDDEN) {
                    assertThat(source).as(file + " must not use " + forbidden).doesNotContain("import " + forbidden);
                    assertThat(source).as(file + " must not use " + forbidden).doesNotContain(" " + forbidden + ".");
                }
            }
        }
    }
}
