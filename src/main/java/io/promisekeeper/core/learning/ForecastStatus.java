package io.promisekeeper.core.learning;

import io.promisekeeper.core.backtest.ForecastChoice;
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
 * @param choice          the self-validation of the stored model (why it is used, or why the timer is); null when
 *                        no model was validated
 */
public record ForecastStatus(Mode mode, Instant trainedAt, int resolvedTickets, int neededTickets, String reason,
                             boolean damaged, ForecastChoice choice) {
    /** The forecast in use. */
    public enum Mode { MODEL, FALLBACK }

    public ForecastStatus {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(reason, "reason");
    }

    /** A status without validation figures. */
    public ForecastStatus(Mode mode, Instant trainedAt, int resolvedTickets, int neededTickets, String reason,
                          boolean damaged) {
        this(mode, trainedAt, resolvedTickets, neededTickets, reason, damaged, null);
    }

    /** The learnt forecast passed its validation and decides. */
    public static ForecastStatus validated(Instant trainedAt, int tickets, int needed, ForecastChoice choice) {
        Objects.requireNonNull(choice, "choice");
        Mode mode = choice.learnt() ? Mode.MODEL : Mode.FALLBACK;
        return new ForecastStatus(mode, trainedAt, tickets, needed, choice.summary(), false, choice);
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
