package io.promisekeeper.cli.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line jar as a user runs it: its own process, its own class path, nothing of Maven's. Every page and
 * REST path the README lists answers every sample user with 200 or the README's 403 or 404, never a closed
 * connection;
 * {@code backtest} and {@code bench --help} run from the jar too.
 */
class PackagedPreviewIT {
    private static final String REST = "/rest/promise-keeper/1.0";
    private static final List<String> USERS = List.of("agent", "colleague", "customer", "stranger", "lead", "admin");
    private static final int OK = 200;
    private static final int DENIED = 403;
    /** A ticket the caller may not see is answered like one that does not exist (README's user table). */
    private static final int HIDDEN = 404;

    /** GET paths from the README with the status each sample user must get, in the order of {@link #USERS}. */
    private static final Map<String, List<Integer>> GETS = Map.ofEntries(
            Map.entry("/browse/HELP-1", List.of(OK, OK, HIDDEN, HIDDEN, OK, OK)),
            Map.entry("/browse/HELP-2", List.of(OK, OK, HIDDEN, HIDDEN, OK, OK)),
            Map.entry("/browse/HELP-1?lang=nl", List.of(OK, OK, HIDDEN, HIDDEN, OK, OK)),
            Map.entry("/plugins/servlet/promise-keeper/insight/project/HELP", List.of(DENIED, DENIED, DENIED, DENIED, OK, OK)),
            Map.entry("/plugins/servlet/promise-keeper/insight/project/HELP?lang=nl",
                    List.of(DENIED, DENIED, DENIED, DENIED, OK, OK)),
            Map.entry("/plugins/servlet/promise-keeper/insight/all", List.of(DENIED, DENIED, DENIED, DENIED, DENIED, OK)),
            Map.entry("/plugins/servlet/promise-keeper/admin", List.of(DENIED, DENIED, DENIED, DENIED, DENIED, OK)),
            Map.entry("/plugins/servlet/promise-keeper/admin?lang=nl", List.of(DENIED, DENIED, DENIED, DENIED, DENIED, OK)),
            Map.entry(REST + "/tickets/HELP-1/promises", List.of(OK, OK, HIDDEN, HIDDEN, OK, OK)),
            Map.entry(REST + "/tickets/HELP-1/panel", List.of(OK, OK, HIDDEN, HIDDEN, OK, OK)),
            Map.entry(REST + "/insight/figures?project=HELP", List.of(DENIED, DENIED, DENIED, DENIED, OK, OK)),
            Map.entry(REST + "/insight/figures", List.of(DENIED, DENIED, DENIED, DENIED, DENIED, OK)),
            Map.entry(REST + "/insight/figures.csv", List.of(DENIED, DENIED, DENIED, DENIED, DENIED, OK)),
            Map.entry(REST + "/insight/settings", List.of(DENIED, DENIED, DENIED, DENIED, DENIED, OK)),
            Map.entry(REST + "/admin/rules", List.of(DENIED, DENIED, DENIED, DENIED, DENIED, OK)),
            Map.entry(REST + "/admin/templates", List.of(DENIED, DENIED, DENIED, DENIED, DENIED, OK)),
            Map.entry(REST + "/admin/settings", List.of(DENIED, DENIED, DENIED, DENIED, DENIED, OK)),
            Map.entry(REST + "/admin/delight", List.of(DENIED, DENIED, DENIED, DENIED, DENIED, OK)),
            Map.entry(REST + "/admin/audit", List.of(DENIED, DENIED, DENIED, DENIED, DENIED, OK)));

    /** The README's change paths, on an id no ticket has: every user gets an answer (404), the jar has the classes. */
    private static final List<String> CHANGES_OF_NOTHING = List.of("promises/999999/kept", "promises/999999/broken",
            "promises/999999/cancel", "promises/999999/renegotiate", "suggestions/999999/accept",
            "suggestions/999999/dismiss", "prompts/999999/send", "prompts/999999/dismiss", "gestures/999999/done",
            "gestures/999999/dismiss", "gestures/999999/snooze");

    private static PackagedPreview preview;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        preview = PackagedPreview.start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void everyListedPageAndRestPathAnswersEverySampleUserAsDocumented() {
        List<String> wrong = new ArrayList<>();
        GETS.forEach((path, expected) -> {
            for (int i = 0; i < USERS.size(); i++) {
                String user = USERS.get(i);
                int status = statusOf(request(path, user).GET(), wrong, user);
                if (status != -1 && status != expected.get(i)) {
                    wrong.add(user + " GET " + path + ": " + status + ", expected " + expected.get(i));
                }
            }
        });
        for (String change : CHANGES_OF_NOTHING) {
            for (String user : USERS) {
                int status = statusOf(json(request(REST + "/" + change, user), "POST", "{}"), wrong, user);
                if (status != -1 && status != 404) {
                    wrong.add(user + " POST " + change + ": " + status + ", expected 404");
                }
            }
        }
        assertThat(wrong).as("the packaged preview's answers; its output:\n" + preview.output()).isEmpty();
        assertThat(preview.alive()).isTrue();
        assertThat(preview.output()).doesNotContain("NoClassDefFoundError").doesNotContain("Exception in thread");
    }

    @Test
    void theInsightPagesShowTheirFiguresFromThePackagedJar() throws Exception {
        String project = send(request("/plugins/servlet/promise-keeper/insight/project/HELP", "lead").GET()).body();
        assertThat(project).contains("<svg").contains("HELP");
        String all = send(request("/plugins/servlet/promise-keeper/insight/all", "admin").GET()).body();
        assertThat(all).contains("<svg");
        HttpResponse<String> csv = send(request(REST + "/insight/figures.csv", "admin").GET());
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).contains("csv");
        assertThat(csv.body().lines().count()).isGreaterThan(1);
    }

    @Test
    void anAgentChangesATicketAndTheAdministratorPreviewsAndDryRunsFromThePackagedJar() throws Exception {
        HttpResponse<String> logged = send(json(request(REST + "/tickets/HELP-2/promises", "agent"), "POST",
                "{\"text\":\"Call back from the packaged jar\",\"kind\":\"CALLBACK\",\"due\":\"2030-03-04T15:00\","
                        + "\"channel\":\"PHONE\"}"));
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(logged.body());
        assertThat(id.find()).as(logged.body()).isTrue();
        Matcher version = Pattern.compile("\"version\":(\\d+)").matcher(logged.body());
        assertThat(version.find()).as(logged.body()).isTrue();
        HttpResponse<String> kept = send(json(request(REST + "/promises/" + id.group(1) + "/kept", "agent"), "POST",
                "{\"version\":" + version.group(1) + "}"));
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
        assertThat(send(request(REST + "/tickets/HELP-2/promises", "agent").GET()).body())
                .contains("Call back from the packaged jar").contains("\"status\":\"KEPT\"");

        HttpResponse<String> previewed = send(json(request(REST + "/admin/templates/preview", "admin")
                .header("X-Atlassian-Token", "no-check"), "POST", "{\"bodies\":{\"en\":\"Hello {customerName}\"}}"));
        assertThat(previewed.statusCode()).as(previewed.body()).isEqualTo(200);
        HttpResponse<String> dryRun = send(json(request(REST + "/admin/dry-run", "admin")
                .header("X-Atlassian-Token", "no-check"), "POST", "{\"rules\":[]}"));
        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
    }

    @Test
    void everyClassOfOursInTheJarLoadsFromTheJarAlone() throws Exception {
        Path jar = jar();
        List<String> broken = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile());
             URLClassLoader alone = new URLClassLoader(new java.net.URL[] {jar.toUri().toURL()},
                     ClassLoader.getPlatformClassLoader())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                // The Spring wiring is Jira's alone (the tool never builds it); everything else must load.
                if (!name.startsWith("io/promisekeeper/") || !name.endsWith(".class")
                        || name.startsWith("io/promisekeeper/jira/wiring/")) {
                    continue;
                }
                String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                try {
                    Class.forName(className, false, alone);
                } catch (ClassNotFoundException | LinkageError e) {
                    broken.add(className + ": " + e);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void backtestAndBenchRunFromThePackagedJar(@TempDir Path out) throws Exception {
        Run backtest = run(out, "backtest", "--out", out.resolve("report").toString());
        assertThat(backtest.exitCode()).as(backtest.output()).isZero();
        List<String> lines = backtest.output().lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("headline: gain");
        assertThat(out.resolve("report/report.html")).isNotEmptyFile();
        assertThat(out.resolve("report/report.json")).isNotEmptyFile();

        Run bench = run(out, "bench", "--help");
        assertThat(bench.exitCode()).as(bench.output()).isZero();
        assertThat(bench.output()).contains("Usage: promise-keeper bench").contains("--what");
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(Path workingDirectory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString()));
        Collections.addAll(command, arguments);
        Path log = workingDirectory.resolve("process.log");
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("still running after 5 minutes: " + command);
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("cli.jar", "target/promise-keeper-jsm-0.1.0-cli.jar")).toAbsolutePath();
        assertThat(jar).isRegularFile();
        return jar;
    }

    private static HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(preview.baseUri().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Cookie", CallerCookies.USER_COOKIE + "=" + user);
    }

    private static HttpRequest.Builder json(HttpRequest.Builder request, String method, String body) {
        return request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status, or -1 with the failure noted when the connection closed without an answer. */
    private static int statusOf(HttpRequest.Builder request, List<String> wrong, String user) {
        HttpRequest built = request.build();
        try {
            return HTTP.send(built, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            wrong.add(user + " " + built.method() + " " + built.uri().getPath() + ": no answer (" + e + ")");
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
