package io.promisekeeper.core.delight;

/**
 * A gesture in one language: its name, what it is for, and a suggested script or template the agent can follow.
 */
public record GestureText(String name, String description, String script) {
    /** Longest gesture name. */
    public static final int MAX_NAME = 120;
    /** Longest description or script. */
    public static final int MAX_TEXT = 4000;

    public GestureText {
        name = required(name, "name", MAX_NAME);
        description = required(description, "description", MAX_TEXT);
        script = script == null ? "" : script.strip();
        if (script.length() > MAX_TEXT) {
            throw new IllegalArgumentException("script is longer than " + MAX_TEXT + " characters");
        }
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        String s = value.strip();
        if (s.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        return s;
    }
}
