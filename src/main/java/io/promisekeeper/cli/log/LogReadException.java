package io.promisekeeper.cli.log;

/** A log that cannot be read as mapped, with the file and line where it went wrong. */
public final class LogReadException extends RuntimeException {
    private final String file;
    private final long line;

    public LogReadException(String file, long line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public LogReadException(String file, long line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    public String file() { return file; }

    public long line() { return line; }

    /** One line for the user: "file:line: message" (no line when the whole file is at fault). */
    public String describe() {
        return line > 0 ? file + ":" + line + ": " + getMessage() : file + ": " + getMessage();
    }
}
