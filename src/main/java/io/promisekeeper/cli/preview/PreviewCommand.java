package io.promisekeeper.cli.preview;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code preview}: serves the agent panel over sample tickets on 127.0.0.1 until stopped. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Shows the agent panel without Jira: the plugin's own template, script, styles and REST API",
                "over sample tickets in an in-memory database, on 127.0.0.1 only. Stop with Ctrl+C."})
public final class PreviewCommand implements Callable<Integer> {
    /**
     * JUL loggers whose start-up warnings are about features the preview does not use. Held here because JUL
     * keeps loggers weakly: a collected logger forgets its level.
     */
    private static final List<Logger> QUIET = List.of(
            Logger.getLogger("org.glassfish.jersey.message.internal.MessagingBinders"),
            Logger.getLogger("org.glassfish.jersey.internal.inject.Providers"));

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = PreviewOptions.DEFAULT_PORT;

    @Option(names = "--aui", paramLabel = "DIR",
            description = "npm node_modules folder holding @atlassian/aui and jquery (default: ${DEFAULT-VALUE}).")
    Path nodeModules = PreviewOptions.DEFAULT_NODE_MODULES;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of the service desk and its users (default: ${DEFAULT-VALUE}).")
    ZoneId zone = ZoneId.of("Europe/Amsterdam");

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        quietLibraries();
        PreviewServer server = PreviewServer.start(new PreviewOptions(port, nodeModules, Clock.systemUTC(), zone));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "preview-stop"));
        if (!server.withAui()) {
            err.println("warning: AUI not found under " + nodeModules.toAbsolutePath()
                    + " (run: npm ci --prefix src/preview); the page works without AUI styles.");
            err.flush();
        }
        out.println("Promise Keeper preview on port " + server.port() + " (127.0.0.1 only)");
        out.println("  " + server.baseUri() + "/browse/" + SampleDesk.BUSY_TICKET);
        out.println("  REST API: " + server.baseUri() + PreviewServer.REST_PATH);
        out.println("  users (switch on the page): agent, colleague (no agent), customer (unlicensed), stranger (no browse)");
        out.println("  Dutch: add ?lang=nl. Stop with Ctrl+C.");
        out.flush();
        stopped.await();
        return 0;
    }

    /** Hides start-up notes of libraries (no SLF4J provider, Jersey's optional JAXB and activation features). */
    private static void quietLibraries() {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
    }
}
