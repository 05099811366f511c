package io.promisekeeper.core.settings.json;

import io.promisekeeper.core.MessageKey;
import io.promisekeeper.core.promise.FieldError;
import java.util.Objects;

/**
 * Text that is not JSON under the app's rules, with why ({@code problem}: English and a message key), the JSON path
 * where reading stopped ({@code $}, {@code $.rules[2].name}) and the line and column there.
 */
public final class MalformedJson extends RuntimeException {
    private final String problem;
    private final transient MessageKey words;
    private final String path;
    private final int line;
    private final int column;

    /** {@code problem} in English; {@code words} the same as a message key ({@code error.json.*}). */
    public MalformedJson(String problem, MessageKey words, String path, int line, int column) {
        super(problem + " at " + path + " (line " + line + ", column " + column + ")");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.words = Objects.requireNonNull(words, "words");
        this.path = Objects.requireNonNull(path, "path");
        this.line = line;
        this.column = column;
    }

    /** Why the text is not JSON, in English. */
    public String problem() {
        return problem;
    }

    /** Why the text is not JSON, as a message key with its arguments. */
    public MessageKey words() {
        return words;
    }

    /** The JSON path where reading stopped; {@code $} is the document itself. */
    public String path() {
        return path;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /**
     * The error a reader reports for the whole document ({@code $}): a document that does not parse has no field
     * to blame, so the path where reading stopped is part of the sentence.
     */
    public FieldError error() {
        return FieldError.of("$", "is not valid JSON: " + getMessage(), "malformedJson", words, path, (long) line,
                (long) column);
    }
}
