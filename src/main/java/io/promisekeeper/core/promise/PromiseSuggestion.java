package io.promisekeeper.core.promise;

import java.time.Instant;
import java.util.Objects;

/**
 * A promise the detector found in an agent's public comment, waiting for the agent to confirm, edit or
 * dismiss it; it never becomes a promise by itself. {@code id} is 0 until stored.
 */
public record PromiseSuggestion(
        long id,
        String ticketKey,
        String sentence,
        PromiseKind kind,
        Instant due,
        String calendarId,
        String author,
        Instant detectedAt,
        SuggestionStatus status) {

    /** Longest sentence kept; a suggestion quotes one sentence, not the comment. */
    public static final int MAX_SENTENCE = 1000;

    public PromiseSuggestion {
        Objects.requireNonNull(ticketKey, "ticketKey");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(detectedAt, "detectedAt");
        Objects.requireNonNull(status, "status");
        if (sentence.length() > MAX_SENTENCE) {
            sentence = sentence.substring(0, MAX_SENTENCE);
        }
    }

    /** This suggestion with the agent's decision. */
    public PromiseSuggestion withStatus(SuggestionStatus next) {
        return new PromiseSuggestion(id, ticketKey, sentence, kind, due, calendarId, author, detectedAt, next);
    }

    /** This suggestion as stored, with its id. */
    public PromiseSuggestion stored(long newId) {
        return new PromiseSuggestion(newId, ticketKey, sentence, kind, due, calendarId, author, detectedAt, status);
    }
}
