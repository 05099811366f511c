package io.promisekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The domain stays pure Java: no host, framework or adapter import anywhere under core. */
class CoreIndependenceTest {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "^import\\s+(static\\s+)?(com\\.atlassian|jakarta|javax\\.ws|javax\\.servlet|net\\.java\\.ao"
                    + "|org\\.springframework|io\\.promisekeeper\\.jira|io\\.promisekeeper\\.cli)\\b.*",
            Pattern.MULTILINE);

    @Test
    void coreImportsNothingFromTheHost() throws IOException {
        Path core = Path.of("src/main/java/io/promisekeeper/core");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(core)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> {
                        try {
                            return FORBIDDEN.matcher(Files.readString(p)).find();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }
}
