package io.promisekeeper.core.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A headline is given only within 0.15–0.35 false notices per breach, and says truthfully why when it is not. */
class HonestHeadlineTest {
    private final List<PolicyOutcome> baseline =
            List.of(outcome(0.05, 10, 100, 10 * 100), outcome(0.3, 30, 100, 30 * 100));

    @Test
    void aCurveThatNeverComesNearTheTargetGivesNoGainAndSaysWhereItWas() {
        // The failure: the nearest setting sat at 1.22 false notices per breach.
        List<PolicyOutcome> forecast = List.of(outcome(0.01, 122, 100, 90 * 100), outcome(0.5, 140, 100, 95 * 100));

        Headline headline = Headline.of(baseline, forecast);

        assertThat(headline.present()).isFalse();
        assertThat(headline.gain()).isNaN();
        assertThat(headline.line()).isEqualTo("headline: no gain to report (the learnt forecast never came within "
                + "0.15–0.35 false notices per breach (nearest: 1.22 at threshold 0.010))");
    }

    @Test
    void aSettingJustInsideTheWindowCounts() {
        List<PolicyOutcome> forecast = List.of(outcome(0.4, 35, 100, 60 * 100), outcome(0.9, 140, 100, 95 * 100));

        Headline headline = Headline.of(baseline, forecast);

        assertThat(headline.present()).isTrue();
        assertThat(headline.falsePerBreach()).isEqualTo(0.35);
        assertThat(headline.gain()).isCloseTo(60 / 35.0, within(1e-9));
    }

    @Test
    void noBreachedTestTicketsIsSaidOnlyWhenThereAreNone() {
        List<PolicyOutcome> none = List.of(new PolicyOutcome(0.5, 3, 3, 0, 0, 0));
        assertThat(Headline.of(List.of(new PolicyOutcome(0.05, 1, 1, 0, 0, 0)), none).line())
                .isEqualTo("headline: no gain to report (no breached test tickets)");
        List<PolicyOutcome> far = List.of(outcome(0.5, 300, 100, 50 * 100));
        assertThat(Headline.of(baseline, far).line()).doesNotContain("no breached test tickets");
    }

    @Test
    void keepingTheTimerIsGainOneAtTheTargetAndSaysSo() {
        Headline headline = Headline.timer(baseline, Headline.TARGET);

        assertThat(headline.gain()).isEqualTo(1.0);
        assertThat(headline.falsePerBreach()).isEqualTo(0.25);
        assertThat(headline.baselineLeadHours()).isCloseTo(25.0, within(1e-9));
        assertThat(headline.policy()).isEqualTo(Headline.TIMER);
        assertThat(headline.line()).isEqualTo("headline: gain 1.00 at 0.25 false notices per breach (fixed timer "
                + "kept, lead 25.0 h; the learnt forecast did not pass validation)");
    }

    private static PolicyOutcome outcome(double setting, int falseNotices, int breaches, double leadSum) {
        return new PolicyOutcome(setting, falseNotices + breaches, falseNotices, breaches, breaches, leadSum);
    }
}
