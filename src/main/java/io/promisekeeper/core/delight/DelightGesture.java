package io.promisekeeper.core.delight;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One entry of the catalogue: a stable id rules name, its kind, its texts per language (English always, Dutch
 * usually) and what it costs in cents of the catalogue's currency (0: free).
 */
public record DelightGesture(String id, GestureKind kind, Map<String, GestureText> texts, long costCents) {
    /** Gesture ids end up in rule JSON and unique keys, so they stay plain. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    /** The languages a gesture may be written in; English is the fallback and required. */
    public static final java.util.Set<String> LANGUAGES = java.util.Set.of("en", "nl");
    /** The fallback language. */
    public static final String FALLBACK = "en";
    /** Highest cost of one gesture, in cents: beyond 100,000.00 it is a typo, not a gesture. */
    public static final long MAX_COST_CENTS = 10_000_000L;

    public DelightGesture {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be 1-64 lower-case letters, digits, '.', '_' or '-': " + id);
        }
        Objects.requireNonNull(kind, "kind");
        texts = java.util.Collections.unmodifiableMap(new TreeMap<>(texts));
        if (!texts.containsKey(FALLBACK)) {
            throw new IllegalArgumentException("texts.en is required");
        }
        for (String language : texts.keySet()) {
            if (!LANGUAGES.contains(language)) {
                throw new IllegalArgumentException("texts." + language + ": language must be en or nl");
            }
            Objects.requireNonNull(texts.get(language), "texts." + language);
        }
        if (costCents < 0 || costCents > MAX_COST_CENTS) {
            throw new IllegalArgumentException("cost must be between 0 and " + MAX_COST_CENTS / 100);
        }
    }

    /** The texts in {@code language} ({@code nl}, {@code en}…), falling back to English. */
    public GestureText text(String language) {
        GestureText t = texts.get(language == null ? FALLBACK : language);
        return t == null ? texts.get(FALLBACK) : t;
    }
}
