package io.promisekeeper.core.backtest;

import java.util.Locale;
import java.util.Objects;

/**
 * Which policy decides "at risk" (the learnt forecast or the fixed timer) and the validation figures behind the
 * choice: how the learnt forecast did on the most recent part of the history, replayed with the backtest protocol.
 *
 * @param holdoutTickets  tickets of the held-out, most recent part of the history
 * @param holdoutBreaches of those, how many broke their promise
 * @param gain            learnt forecast's mean lead ÷ the fixed timer's at the operating point; NaN when none
 * @param falsePerBreach  false notices per breach where the gain was taken; NaN when none
 * @param brier           the learnt forecast's Brier score over the held-out checks
 * @param baseRateBrier   the Brier score of always forecasting the training breach rate, on the same checks
 * @param target          the operating point: false notices per breach the administrator accepts
 */
public record ForecastChoice(Policy chosen, Reason reason, int holdoutTickets, int holdoutBreaches, double gain,
                             double falsePerBreach, double brier, double baseRateBrier, double target) {
    /** The policy in use. */
    public enum Policy { LEARNT, TIMER }

    /** Why that policy. */
    public enum Reason {
        /** More lead than the timer at the operating point and better probabilities than a constant. */
        BEATS_TIMER,
        /** Too few breaches in the held-out tickets to tell a forecast from luck. */
        TOO_FEW_BREACHES,
        /** No threshold of the learnt forecast came near the operating point. */
        NO_OPERATING_POINT,
        /** At the operating point it warned no earlier than the timer, or not clearly enough to rule out luck. */
        NO_GAIN,
        /** Its probabilities were no better than always saying the base rate. */
        WORSE_THAN_BASE_RATE
    }

    public ForecastChoice {
        Objects.requireNonNull(chosen, "chosen");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean learnt() {
        return chosen == Policy.LEARNT;
    }

    /** The policy as reports name it: {@code learnt} or {@code timer}. */
    public String policyName() {
        return learnt() ? Headline.LEARNT : Headline.TIMER;
    }

    /** One line in English, e.g. "learnt forecast 0.58× the timer on your last 157 tickets: using the timer". */
    public String summary() {
        String figures = switch (reason) {
            case TOO_FEW_BREACHES -> String.format(Locale.ROOT,
                    "only %d of the last %d tickets broke their promise, too few to judge the learnt forecast",
                    holdoutBreaches, holdoutTickets);
            case NO_OPERATING_POINT -> String.format(Locale.ROOT,
                    "the learnt forecast never came near %.2f false notices per breach on the last %d tickets",
                    target, holdoutTickets);
            case WORSE_THAN_BASE_RATE -> String.format(Locale.ROOT,
                    "learnt forecast %.2f× the timer on the last %d tickets, but its probabilities were worse than "
                            + "a constant (Brier %.3f against %.3f)", gain, holdoutTickets, brier, baseRateBrier);
            case NO_GAIN -> gain > 1 ? String.format(Locale.ROOT,
                    "learnt forecast %.2f× the timer on the last %d tickets, less than the %.2f× needed to tell it "
                            + "from luck with %d breaches", gain, holdoutTickets,
                    ForecastValidation.requiredGain(holdoutBreaches), holdoutBreaches)
                    : String.format(Locale.ROOT, "learnt forecast %.2f× the timer on the last %d tickets", gain,
                    holdoutTickets);
            case BEATS_TIMER -> String.format(Locale.ROOT,
                    "learnt forecast %.2f× the timer on the last %d tickets", gain, holdoutTickets);
        };
        return figures + (learnt() ? ": using the learnt forecast" : ": using the timer");
    }
}
