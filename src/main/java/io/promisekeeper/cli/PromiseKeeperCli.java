package io.promisekeeper.cli;

import io.promisekeeper.cli.log.LogReadException;
import io.promisekeeper.cli.preview.PreviewCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the command-line artifact: backtests and benchmarks outside Jira. */
@Command(name = "promise-keeper", mixinStandardHelpOptions = true, version = "Promise Keeper 0.1.0",
        description = "Promise Keeper for Jira Service Management: tools that run outside Jira.",
        subcommands = {BacktestCommand.class, BenchCommand.class, PreviewCommand.class,
                CommandLine.HelpCommand.class})
public final class PromiseKeeperCli {
    /** Exit code for bad input (unreadable log, unknown column, unparseable time). */
    public static final int INPUT_ERROR = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code; never lets a stack trace reach the user. */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs with the given output and error streams (tests read them). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new PromiseKeeperCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            if (exception instanceof LogReadException bad) {
                command.getErr().println("error: " + bad.describe());
            } else if (exception instanceof java.io.UncheckedIOException || exception instanceof java.io.IOException) {
                command.getErr().println("error: " + exception.getMessage());
            } else if (exception instanceof IllegalArgumentException) {
                command.getErr().println("error: " + exception.getMessage());
            } else {
                command.getErr().println("error: unexpected " + exception.getClass().getSimpleName() + ": "
                        + exception.getMessage());
            }
            command.getErr().flush();
            return INPUT_ERROR;
        });
        return commandLine.execute(args);
    }
}
