package io.promisekeeper.core.notice;

import java.util.Objects;

/**
 * One risk episode of one subject (a promise, an SLA goal, a ticket condition): the {@code number}-th time it
 * became at risk. Its {@link #value()} is what a store keeps unique, so that two nodes cannot both act on it.
 */
public record EpisodeKey(String subject, int number) {
    public EpisodeKey {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
        if (number < 1) {
            throw new IllegalArgumentException("episodes are numbered from 1: " + number);
        }
    }

    /** The first episode of a subject. */
    public static EpisodeKey first(String subject) {
        return new EpisodeKey(subject, 1);
    }

    /** The episode after this one. */
    public EpisodeKey next() {
        return new EpisodeKey(subject, number + 1);
    }

    /** The key as stored, e.g. {@code promise:42#3}. */
    public String value() {
        return subject + "#" + number;
    }

    @Override
    public String toString() {
        return value();
    }
}
