package io.promisekeeper.cli;

import io.promisekeeper.cli.log.ReadProgress;

import java.io.PrintStream;

/** Shows how many events have been read, on one self-overwriting line; silent unless on a terminal. */
final class TerminalProgress implements ReadProgress {
    private final PrintStream out;

    private TerminalProgress(PrintStream out) {
        this.out = out;
    }

    static ReadProgress forConsole() {
        return System.console() != null ? new TerminalProgress(System.err) : ReadProgress.SILENT;
    }

    @Override
    public void rows(long rows) {
        out.print("\rreading: " + rows + " events");
        out.flush();
    }

    @Override
    public void done(long rows) {
        out.print("\rread " + rows + " events        \n");
        out.flush();
    }
}
