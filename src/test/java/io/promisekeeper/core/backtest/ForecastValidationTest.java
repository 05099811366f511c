package io.promisekeeper.core.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.forecast.EventLog;
import io.promisekeeper.core.forecast.ForecastTrainer;
import io.promisekeeper.core.forecast.PromisedTicket;
import io.promisekeeper.core.forecast.TinyLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The learnt forecast is chosen only when it beats the fixed timer on the latest part of the history. */
class ForecastValidationTest {
    private final ForecastValidation validation =
            new ForecastValidation(new ForecastTrainer(ForecastTrainer.Settings.standard()));

    @Test
    void aForecastThatReadsTheSignalWinsAndIsChosen() {
        EventLog log = TinyLog.synthetic(1_000, 3);

        ForecastChoice choice = validation.validate(history(log), log.schema());

        assertThat(choice.chosen()).isEqualTo(ForecastChoice.Policy.LEARNT);
        assertThat(choice.reason()).isEqualTo(ForecastChoice.Reason.BEATS_TIMER);
        assertThat(choice.holdoutTickets()).isEqualTo(Math.round(history(log).size() * ForecastValidation.HOLDOUT_SHARE));
        assertThat(choice.gain()).isGreaterThan(ForecastValidation.requiredGain(choice.holdoutBreaches()));
        assertThat(choice.falsePerBreach()).isBetween(0.15, 0.35);
        assertThat(choice.brier()).isLessThan(choice.baseRateBrier());
        assertThat(choice.summary()).endsWith(": using the learnt forecast");
    }

    @Test
    void aForecastMisledByAnOlderPatternLosesAndTheTimerStays() {
        // The older three quarters: group "slow" runs late. The latest quarter: group "fast" does instead.
        EventLog log = drifting(1_000, 5);

        ForecastChoice choice = validation.validate(history(log), log.schema());

        assertThat(choice.chosen()).isEqualTo(ForecastChoice.Policy.TIMER);
        assertThat(choice.holdoutBreaches()).isGreaterThanOrEqualTo(ForecastValidation.MIN_HOLDOUT_BREACHES);
        assertThat(choice.reason()).isIn(ForecastChoice.Reason.NO_GAIN, ForecastChoice.Reason.NO_OPERATING_POINT,
                ForecastChoice.Reason.WORSE_THAN_BASE_RATE);
        assertThat(choice.summary()).endsWith(": using the timer");
    }

    @Test
    void tooFewHeldOutBreachesKeepTheTimerWithoutTraining() {
        EventLog log = TinyLog.synthetic(120, 3);

        ForecastChoice choice = validation.validate(history(log), log.schema());

        assertThat(choice.chosen()).isEqualTo(ForecastChoice.Policy.TIMER);
        assertThat(choice.reason()).isEqualTo(ForecastChoice.Reason.TOO_FEW_BREACHES);
        assertThat(choice.summary()).startsWith("only " + choice.holdoutBreaches() + " of the last "
                + choice.holdoutTickets() + " tickets broke their promise");
    }

    @Test
    void theSameHistoryGivesTheSameChoice() {
        EventLog log = TinyLog.synthetic(600, 9);
        assertThat(validation.validate(history(log), log.schema()))
                .isEqualTo(validation.validate(history(log), log.schema()));
    }

    @Test
    void theBacktestReportsTheChoiceAndHeadlinesThePolicyChosen() {
        Backtest backtest = new Backtest(new ForecastTrainer(ForecastTrainer.Settings.standard()));

        BacktestResult losing = backtest.run(drifting(2_400, 7), SplitMode.TIME);
        assertThat(losing.choice().learnt()).isFalse();
        assertThat(losing.headline().policy()).isEqualTo(Headline.TIMER);
        assertThat(losing.headline().gain()).isEqualTo(1.0);
        assertThat(losing.learntHeadline().policy()).isEqualTo(Headline.LEARNT);

        BacktestResult winning = backtest.run(TinyLog.synthetic(2_000, 3), SplitMode.TIME);
        assertThat(winning.choice().learnt()).isTrue();
        assertThat(winning.headline()).isEqualTo(winning.learntHeadline());
        assertThat(winning.headline().gain()).isGreaterThan(1.0);
        assertThat(winning.headline().falsePerBreach()).isBetween(0.15, 0.35);
    }

    /** The tickets in time order, each promised its segment's target, as the nightly training sees them. */
    private static List<PromisedTicket> history(EventLog log) {
        BacktestSplit split = BacktestSplit.of(log.tickets(), SplitMode.TIME);
        List<PromisedTicket> all = new ArrayList<>(split.train());
        all.addAll(split.test());
        return all;
    }

    private static EventLog drifting(int tickets, long seed) {
        TinyLog log = new TinyLog();
        Random random = new Random(seed);
        String[] groups = {"fast", "slow"};
        for (int i = 0; i < tickets; i++) {
            String id = "D" + i;
            double opened = i * 2.0;
            String group = groups[random.nextInt(2)];
            String late = i < tickets * 3 / 4 ? "slow" : "fast";
            double duration = 2 + random.nextDouble() * 20 + (group.equals(late) ? 40 * random.nextDouble() : 0);
            log.ticket(id, opened, opened + duration, "P", group);
            log.event(id, opened + 0.5, "Active", group);
            log.event(id, opened + duration, "Resolved", group);
        }
        return log.build();
    }
}
