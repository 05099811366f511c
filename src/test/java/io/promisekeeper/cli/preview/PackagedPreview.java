package io.promisekeeper.cli.preview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged command-line jar's preview, started as a separate process the way a user starts it
 * ({@code java -jar …-cli.jar preview --port 0}), for tests that must not rely on Maven's test class path.
 * Failsafe passes the jar as the system property {@code cli.jar}.
 */
public final class PackagedPreview implements AutoCloseable {
    private static final Pattern PORT_LINE = Pattern.compile("preview on port (\\d+)");

    private final Process process;
    private final URI baseUri;
    private final List<String> output;

    private PackagedPreview(Process process, URI baseUri, List<String> output) {
        this.process = process;
        this.baseUri = baseUri;
        this.output = output;
    }

    /** Starts the jar named by {@code cli.jar} from the project folder (so AUI is found) and waits for its port. */
    public static PackagedPreview start(String... extraArguments) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("cli.jar", "target/promise-keeper-jsm-0.1.0-cli.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("packaged command-line jar not found: " + jar + " (run mvn package first)");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", jar.toString(), "preview", "--port", "0"));
        Collections.addAll(command, extraArguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> readOutput(process, output, port), "packaged-preview-output");
        reader.setDaemon(true);
        reader.start();
        try {
            int found = port.get(60, TimeUnit.SECONDS);
            return new PackagedPreview(process, URI.create("http://127.0.0.1:" + found), output);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("the packaged preview did not start: " + String.join("\n", output), e);
        }
    }

    private static void readOutput(Process process, List<String> output, CompletableFuture<Integer> port) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                Matcher m = PORT_LINE.matcher(line);
                if (m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException ignored) {
            // the process ended; whoever waits on the port learns it from the timeout and the output
        }
        port.completeExceptionally(new IllegalStateException("the preview stopped before naming its port"));
    }

    /** {@code http://127.0.0.1:<port>}, no trailing slash. */
    public URI baseUri() {
        return baseUri;
    }

    /** Everything the process printed so far (standard output and error), for failure messages. */
    public String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    /** Whether the process is still running (a crash shows here). */
    public boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
