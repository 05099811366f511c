package io.promisekeeper.core.promise;

import io.promisekeeper.core.MessageKey;
import java.util.Objects;
import java.util.Optional;

/**
 * A validation failure tied to one input field, e.g. {@code text: must not be blank}. {@code message} is English;
 * {@code words}, when present, is the same sentence as a message key the adapters say in the caller's language.
 */
public record FieldError(String field, String message, MessageKey words) {
    /** Where error messages live among the message keys: {@code error.<name>}. */
    public static final String KEYS = "error.";

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** An error in English only (text a caller passed through, or not yet worded in other languages). */
    public FieldError(String field, String message) {
        this(field, message, null);
    }

    /** An error in English, and as the message {@code error.<key>} with {@code args} for other languages. */
    public static FieldError of(String field, String english, String key, Object... args) {
        return new FieldError(field, english, MessageKey.of(KEYS + key, args));
    }

    /** The sentence as a message key, when it has one. */
    public Optional<MessageKey> key() {
        return Optional.ofNullable(words);
    }

    /** The same error about another field (a nested reader reports under its parent's path). */
    public FieldError at(String otherField) {
        return new FieldError(otherField, message, words);
    }

    /** Equal when they name the same field with the same words: the message key only says them in another language. */
    @Override
    public boolean equals(Object o) {
        return o instanceof FieldError e && field.equals(e.field) && message.equals(e.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, message);
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
