package io.promisekeeper.cli;

import io.promisekeeper.cli.preview.PreviewCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line tool outside Jira ({@code java -jar promise-keeper-jsm-<version>-cli.jar <command>}). */
@Command(name = "promise-keeper", mixinStandardHelpOptions = true, version = "Promise Keeper 0.1.0",
        subcommands = {PreviewCommand.class, CommandLine.HelpCommand.class},
        description = "Promise Keeper tools that run without Jira.")
public final class PromiseKeeperCli implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new PromiseKeeperCli()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
