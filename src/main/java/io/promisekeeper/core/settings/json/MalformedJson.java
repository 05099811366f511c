package io.promisekeeper.core.settings.json;

/** Text that is not JSON (RFC 8259), with where the reading stopped. */
public final class MalformedJson extends RuntimeException {
    private final int line;
    private final int column;

    public MalformedJson(String problem, int line, int column) {
        super(problem + " at line " + line + ", column " + column);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
