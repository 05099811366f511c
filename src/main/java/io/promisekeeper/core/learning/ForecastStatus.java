package io.promisekeeper.core.learning;

import java.time.Instant;
import java.util.Objects;

/**
 * Which forecast decides "at risk" right now, for the panel and the admin page: the learnt one (when it was trained,
 * on how many tickets) or the fixed timer (how much history there is, how much is needed).
 *
 * @param trainedAt       when the model in use was trained; null in fallback mode
 * @param resolvedTickets MODEL: tickets the model learnt from; FALLBACK: usable resolved tickets found so far
 * @param neededTickets   resolved tickets needed before a model is used
 * @param reason          one line in words, English (the UI shows its own translated text built from the numbers)
 */
public record ForecastStatus(Mode mode, Instant trainedAt, int resolvedTickets, int neededTickets, String reason,
                             boolean damaged) {
    /** The forecast in use. */
    public enum Mode { MODEL, FALLBACK }

    public ForecastStatus {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(reason, "reason");
    }

    public static ForecastStatus model(Instant trainedAt, int tickets, int needed) {
        return new ForecastStatus(Mode.MODEL, trainedAt, tickets, needed,
                "learnt from " + tickets + " resolved tickets on " + trainedAt, false);
    }

    public static ForecastStatus fallback(int resolved, int needed) {
        return new ForecastStatus(Mode.FALLBACK, null, resolved, needed,
                "not enough history yet: " + resolved + " resolved tickets, " + needed + " needed", false);
    }

    public static ForecastStatus unreadable(int needed, String why) {
        return new ForecastStatus(Mode.FALLBACK, null, 0, needed, "the stored forecast cannot be used: " + why, true);
    }
}
