package io.promisekeeper.core.activity;

import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a ticket's record shows that can keep a promise: every moment it got a resolution (a reopened ticket may have
 * several) and every public comment by the service team.
 */
public record SettlingEvidence(List<Instant> resolutions, List<Instant> publicAgentComments) {
    /** Nothing recorded. */
    public static final SettlingEvidence NONE = new SettlingEvidence(List.of(), List.of());

    public SettlingEvidence {
        resolutions = resolutions.stream().sorted().toList();
        publicAgentComments = publicAgentComments.stream().sorted().toList();
    }

    /**
     * The first moment that kept {@code promise}: after it was made and by its due moment, the rule the events
     * apply too. Resolution promises are kept by a resolution, callback and update promises by a public agent
     * comment; other kinds only by a person.
     */
    public Optional<Instant> keptAt(Promise promise) {
        List<Instant> moments = switch (promise.kind()) {
            case RESOLUTION -> resolutions;
            case CALLBACK, UPDATE -> publicAgentComments;
            default -> List.of();
        };
        return moments.stream()
                .filter(at -> at.isAfter(promise.madeAt()) && !at.isAfter(promise.due()))
                .findFirst();
    }

    /** Whether any evidence could keep a promise of this kind. */
    public static boolean canKeep(PromiseKind kind) {
        return kind == PromiseKind.RESOLUTION || kind == PromiseKind.CALLBACK || kind == PromiseKind.UPDATE;
    }
}
