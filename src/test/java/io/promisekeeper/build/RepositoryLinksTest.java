package io.promisekeeper.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A user has only the repository: the README, the docs and the code name no file outside it. */
class RepositoryLinksTest {
    // Spelled in two parts so that this file does not name the folder it forbids.
    private static final String OUTSIDE = "shared" + "/";
    private static final String TEAM_BENCHMARK = "BENCHMARK" + ".md";
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)#\\s]+)(?:#[^)]*)?\\)");

    @Test
    void nothingPointsToTheTeamsSharedFolder() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        for (String root : List.of("src/main", "src/test", "src/cli", "src/assembly", "docs")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(Files::isRegularFile).filter(RepositoryLinksTest::isText).forEach(files::add);
            }
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(OUTSIDE) || lines.get(i).contains(TEAM_BENCHMARK)) {
                    found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyRelativeLinkOfTheReadmeAndTheDocsNamesAFileThatExists() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        for (Path page : pages) {
            Matcher link = MARKDOWN_LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (link.find()) {
                String target = link.group(1);
                if (target.contains("://") || target.startsWith("mailto:")) {
                    continue;
                }
                Path resolved = page.toAbsolutePath().getParent().resolve(target).normalize();
                if (!resolved.startsWith(Path.of("").toAbsolutePath()) || !Files.exists(resolved)) {
                    broken.add(page + " -> " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return Stream.of(".java", ".md", ".xml", ".properties", ".vm", ".js", ".css", ".txt", ".html")
                .anyMatch(name::endsWith);
    }
}
