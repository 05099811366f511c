package io.promisekeeper.core.backtest;

import io.promisekeeper.core.forecast.PromisedTicket;
import io.promisekeeper.core.forecast.TicketHistory;
import io.promisekeeper.core.forecast.TinyLog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.promisekeeper.core.forecast.TinyLog.HOUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PoliciesTest {
    private final List<PromisedTicket> test = BacktestSplit.of(BacktestSplitTest.fiftyTickets().build().tickets(),
            SplitMode.TIME).test();

    @Test
    void checksFallEveryTwentiethOfTheHorizonWhileTheTicketIsOpen() {
        TicketHistory ticket = new TicketHistory("X", 0, 0, TinyLog.at(10), "P", new long[]{0}, new int[]{1}, new int[][]{{}});
        PromisedTicket promise = new PromisedTicket(ticket, 25 * HOUR);

        assertThat(promise.checkTime(0)).isEqualTo(0);
        assertThat(promise.checkTime(1)).isEqualTo(TinyLog.at(1.25));
        assertThat(promise.checkTime(19)).isEqualTo(TinyLog.at(23.75));
        assertThat(promise.openChecks()).isEqualTo(8); // 7 · 1.25 h < 10 h, 8 · 1.25 h = 10 h is not before resolved
        assertThat(promise.leadHours(0)).isEqualTo(25.0);
        assertThat(promise.leadHours(16)).isCloseTo(5.0, within(1e-12));
    }

    @Test
    void checkTimesAreExactWhenTheHorizonIsNotDivisibleByTwenty() {
        TicketHistory ticket = new TicketHistory("X", 0, 0, 22, "P", new long[]{0}, new int[]{1}, new int[][]{{}});
        PromisedTicket promise = new PromisedTicket(ticket, 21);

        assertThat(promise.checkTime(1)).isEqualTo(1);   // 21/20 ms: an event at 1 ms is visible, at 2 ms not
        assertThat(promise.checkTime(19)).isEqualTo(19); // 399/20 = 19.95
        assertThat(promise.openChecks()).isEqualTo(20);  // 19.95 < 22
        assertThat(promise.breached()).isTrue();
    }

    @Test
    void fixedTimerNotifiesWhenHTimesTheHorizonRemains() {
        assertThat(FixedTimer.check(0.05)).isEqualTo(19);
        assertThat(FixedTimer.check(0.10)).isEqualTo(18);
        assertThat(FixedTimer.check(0.20)).isEqualTo(16);
        assertThat(FixedTimer.check(0.30)).isEqualTo(14);
        assertThat(FixedTimer.check(0.50)).isEqualTo(10);
    }

    @Test
    void fixedTimerOutcomesOnTheHandMadeLog() {
        // T = 25 h; breaches are the test tickets taking 26, 30, 40 and 100 h.
        PolicyOutcome h20 = FixedTimer.outcome(0.20, test); // check at 20 h: open are 21, 24, 25, 26, 30, 40, 100
        assertThat(h20.notices()).isEqualTo(7);
        assertThat(h20.falseNotices()).isEqualTo(3);
        assertThat(h20.breaches()).isEqualTo(4);
        assertThat(h20.falsePerBreach()).isEqualTo(0.75);
        assertThat(h20.recall()).isEqualTo(1.0);
        assertThat(h20.meanLeadHours()).isCloseTo(5.0, within(1e-9));

        PolicyOutcome h05 = FixedTimer.outcome(0.05, test); // check at 23.75 h
        assertThat(h05.notices()).isEqualTo(6);
        assertThat(h05.falseNotices()).isEqualTo(2);
        assertThat(h05.meanLeadHours()).isCloseTo(1.25, within(1e-9));

        PolicyOutcome h50 = FixedTimer.outcome(0.50, test); // check at 12.5 h
        assertThat(h50.notices()).isEqualTo(8);
        assertThat(h50.falseNotices()).isEqualTo(4);
        assertThat(h50.meanLeadHours()).isCloseTo(12.5, within(1e-9));
    }

    @Test
    void forecastPolicyNotifiesAtTheFirstCheckReachingTheThresholdAndCountsZeroLeadForMissedBreaches() {
        float[][] probabilities = new float[test.size()][];
        for (int i = 0; i < test.size(); i++) {
            probabilities[i] = new float[test.get(i).openChecks()];
        }
        int breached100 = indexOf("T39"); // 100 h: breached, all 20 checks open
        int breached26 = indexOf("T36");  // 26 h: breached
        int kept24 = indexOf("T34");      // 24 h: not breached, open until check 19
        probabilities[breached100][4] = 0.9f;
        probabilities[breached100][5] = 0.95f;
        probabilities[kept24][2] = 0.8f;
        probabilities[breached26][18] = 0.4f;

        PolicyOutcome at = ForecastPolicy.outcomes(new double[]{0.5}, test, probabilities).get(0);

        assertThat(at.notices()).isEqualTo(2);
        assertThat(at.falseNotices()).isEqualTo(1);
        assertThat(at.notifiedBreaches()).isEqualTo(1);
        // Lead (20 − 4) · 25/20 = 20 h for one breach, 0 for the three missed: mean 5 h.
        assertThat(at.meanLeadHours()).isCloseTo(5.0, within(1e-9));
        assertThat(at.recall()).isEqualTo(0.25);
    }

    @Test
    void headlineTakesTheSettingClosestToAQuarterAndInterpolatesTheTimer() {
        List<PolicyOutcome> baseline = List.of(outcome(0.05, 10, 100, 10 * 100), outcome(0.3, 30, 100, 30 * 100));
        List<PolicyOutcome> forecast = List.of(outcome(0.9, 20, 100, 20 * 100), outcome(0.7, 26, 100, 52 * 100),
                outcome(0.5, 50, 100, 80 * 100));

        Headline headline = Headline.of(baseline, forecast);

        assertThat(headline.falsePerBreach()).isEqualTo(0.26);
        assertThat(headline.baselineLeadHours()).isCloseTo(26.0, within(1e-9)); // 10 + (0.26 − 0.1) / 0.2 · 20
        assertThat(headline.gain()).isCloseTo(2.0, within(1e-9));
        assertThat(headline.line()).isEqualTo(
                "headline: gain 2.00 at 0.26 false notices per breach (forecast lead 52.0 h, fixed timer 26.0 h)");
    }

    @Test
    void interpolationBelowTheFirstTimerPointHeadsForTheOrigin() {
        List<PolicyOutcome> baseline = List.of(outcome(0.05, 10, 100, 10 * 100), outcome(0.3, 30, 100, 30 * 100));
        assertThat(Headline.interpolate(baseline, 0.05)).isCloseTo(5.0, within(1e-9));
        assertThat(Headline.interpolate(baseline, 0.5)).isCloseTo(50.0, within(1e-9));
    }

    private static PolicyOutcome outcome(double setting, int falseNotices, int breaches, double leadSum) {
        return new PolicyOutcome(setting, falseNotices + breaches, falseNotices, breaches, breaches, leadSum);
    }

    private int indexOf(String caseId) {
        for (int i = 0; i < test.size(); i++) {
            if (test.get(i).ticket().caseId().equals(caseId)) {
                return i;
            }
        }
        throw new AssertionError(caseId);
    }
}
