package io.promisekeeper.jira.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.standin.BundleTexts;
import io.promisekeeper.core.backtest.ForecastChoice;
import io.promisekeeper.core.learning.ForecastStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The admin page and the panel say which forecast is in use after the self-validation, and why, in both languages. */
class ForecastStatusTextTest {
    private static final Instant TRAINED = Instant.parse("2026-03-01T02:30:00Z");
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private final BundleTexts texts = new BundleTexts();

    @Test
    void aForecastThatLostSaysByHowMuchOnHowManyTicketsAndThatTheTimerIsUsed() {
        ForecastStatus status = status(new ForecastChoice(ForecastChoice.Policy.TIMER, ForecastChoice.Reason.NO_GAIN,
                157, 31, 0.58, 0.25, 0.21, 0.24, 0.25));

        assertThat(ForecastStatusText.of(status, texts, Locale.ENGLISH, ZoneOffset.UTC))
                .isEqualTo("Fixed timer: learnt forecast 0.58\u00d7 the timer on your last 157 tickets: using the timer");
        assertThat(ForecastStatusText.of(status, texts, DUTCH, ZoneOffset.UTC)).isEqualTo(
                "Vaste timer: geleerde voorspelling 0,58\u00d7 de timer op uw laatste 157 tickets: de timer blijft in gebruik");
    }

    @Test
    void probabilitiesWorseThanAConstantAreNamedWithBothBrierScores() {
        ForecastStatus status = status(new ForecastChoice(ForecastChoice.Policy.TIMER,
                ForecastChoice.Reason.WORSE_THAN_BASE_RATE, 405, 80, 1.4, 0.25, 0.575, 0.246, 0.25));

        assertThat(ForecastStatusText.of(status, texts, Locale.ENGLISH, ZoneOffset.UTC))
                .contains("1.40\u00d7 the timer on your last 405 tickets").contains("Brier 0.575 against 0.246");
        assertThat(ForecastStatusText.of(status, texts, DUTCH, ZoneOffset.UTC)).contains("Brier 0,575 tegen 0,246");
    }

    @Test
    void tooFewBreachesAndAChosenForecastAreEachSaidInBothLanguages() {
        ForecastStatus few = status(new ForecastChoice(ForecastChoice.Policy.TIMER,
                ForecastChoice.Reason.TOO_FEW_BREACHES, 54, 9, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0.25));
        assertThat(ForecastStatusText.of(few, texts, Locale.ENGLISH, ZoneOffset.UTC)).isEqualTo(
                "Fixed timer: only 9 of your last 54 tickets broke their promise, too few to judge the learnt forecast: "
                        + "using the timer");
        assertThat(ForecastStatusText.of(few, texts, DUTCH, ZoneOffset.UTC)).startsWith("Vaste timer: maar 9 van uw laatste 54");

        ForecastStatus learnt = status(new ForecastChoice(ForecastChoice.Policy.LEARNT,
                ForecastChoice.Reason.BEATS_TIMER, 3504, 400, 1.91, 0.25, 0.19, 0.25, 0.25));
        assertThat(learnt.mode()).isEqualTo(ForecastStatus.Mode.MODEL);
        assertThat(ForecastStatusText.of(learnt, texts, Locale.ENGLISH, ZoneOffset.UTC))
                .startsWith("Forecast: learned from 14,000 resolved tickets on ")
                .endsWith("it warned 1.91\u00d7 as early as the fixed timer on your last 3,504 tickets");
        assertThat(ForecastStatusText.of(learnt, texts, DUTCH, ZoneOffset.UTC))
                .contains("op uw laatste 3.504 tickets waarschuwde ze 1,91\u00d7 zo vroeg als de vaste timer");
    }

    private static ForecastStatus status(ForecastChoice choice) {
        return ForecastStatus.validated(TRAINED, 14_000, 200, choice);
    }
}
