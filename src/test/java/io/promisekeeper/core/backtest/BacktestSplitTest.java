package io.promisekeeper.core.backtest;

import io.promisekeeper.core.forecast.EventLog;
import io.promisekeeper.core.forecast.PromisedTicket;
import io.promisekeeper.core.forecast.TinyLog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.promisekeeper.core.forecast.TinyLog.HOUR;
import static org.assertj.core.api.Assertions.assertThat;

class BacktestSplitTest {
    /** Training durations are a permutation of 1..30 h, so the 80th percentile (index 24) is 25 h. */
    static final double[] TEST_DURATIONS = {1, 5, 20, 21, 24, 25, 26, 30, 40, 100, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12};

    static TinyLog fiftyTickets() {
        TinyLog log = new TinyLog();
        for (int i = 0; i < 30; i++) {
            double duration = (i * 7) % 30 + 1;
            log.ticket("T" + i, i, i + duration, "P", "A");
        }
        for (int i = 0; i < TEST_DURATIONS.length; i++) {
            double opened = 30 + i;
            log.ticket("T" + (30 + i), opened, opened + TEST_DURATIONS[i], "P", "A");
        }
        return log;
    }

    @Test
    void timeSplitTrainsOnTheFirstSixtyPercentAndTargetsTheNearestRankEightiethPercentile() {
        BacktestSplit split = BacktestSplit.of(fiftyTickets().build().tickets(), SplitMode.TIME);

        assertThat(split.train()).hasSize(30);
        assertThat(split.test()).hasSize(20);
        assertThat(split.targets()).containsEntry("P", 25 * HOUR);
        assertThat(split.breaches()).isEqualTo(4);
        assertThat(split.leftOut().total()).isZero();
        assertThat(split.test().get(0).ticket().caseId()).isEqualTo("T30");
    }

    @Test
    void resolvedExactlyAtTheDueTimeIsNotABreach() {
        BacktestSplit split = BacktestSplit.of(fiftyTickets().build().tickets(), SplitMode.TIME);
        PromisedTicket onTheDot = split.test().stream().filter(p -> p.ticket().caseId().equals("T35")).findFirst().orElseThrow();

        assertThat(onTheDot.ticket().resolved()).isEqualTo(onTheDot.due());
        assertThat(onTheDot.breached()).isFalse();
    }

    @Test
    void ticketsOpenedAtTheSameTimeKeepTheirFileOrder() {
        TinyLog log = new TinyLog();
        for (int i = 0; i < 29; i++) {
            log.ticket("A" + i, i, i + 1.0, "P", "A");
        }
        // Both opened at hour 100; "late-in-file" appears first in the file, so it sorts first and trains.
        log.ticket("first-in-file", 100, 101.0, "P", "A");
        log.ticket("second-in-file", 100, 101.0, "P", "A");
        for (int i = 0; i < 19; i++) {
            log.ticket("B" + i, 200 + i, 201.0 + i, "P", "A");
        }
        BacktestSplit split = BacktestSplit.of(log.build().tickets(), SplitMode.TIME);

        assertThat(split.train()).hasSize(30);
        assertThat(split.train().get(29).ticket().caseId()).isEqualTo("first-in-file");
        assertThat(split.test().get(0).ticket().caseId()).isEqualTo("second-in-file");
    }

    @Test
    void trainCountIsTheFloorOfSixtyPercent() {
        TinyLog log = new TinyLog();
        for (int i = 0; i < 37; i++) {
            log.ticket("C" + i, i, i + 1.0, "P", "A");
        }
        BacktestSplit split = BacktestSplit.of(log.build().tickets(), SplitMode.TIME);

        assertThat(split.train()).hasSize(22); // floor(0.6 · 37) = floor(22.2)
        assertThat(split.test()).hasSize(15);
    }

    @Test
    void caseSplitPutsATicketInTestWhenItsCrc32ModTenIsSixOrMore() {
        // CRC32 mod 10 (checked with zlib): INC1 7, INC2 3, INC3 1, INC4 0, INC5 8, INC6 4, INC7 0, INC8 9.
        assertThat(BacktestSplit.inTestByCase("INC1")).isTrue();
        assertThat(BacktestSplit.inTestByCase("INC2")).isFalse();
        assertThat(BacktestSplit.inTestByCase("INC3")).isFalse();
        assertThat(BacktestSplit.inTestByCase("INC4")).isFalse();
        assertThat(BacktestSplit.inTestByCase("INC5")).isTrue();
        assertThat(BacktestSplit.inTestByCase("INC6")).isFalse();
        assertThat(BacktestSplit.inTestByCase("INC8")).isTrue();
        assertThat(BacktestSplit.inTestByCase("é1")).isFalse(); // UTF-8 bytes, mod 10 = 1
    }

    @Test
    void caseSplitUsesTheHashNotTheTime() {
        TinyLog log = new TinyLog();
        for (int i = 0; i < 60; i++) {
            log.ticket("INC" + i, i, i + 2.0, "P", "A");
        }
        BacktestSplit split = BacktestSplit.of(log.build().tickets(), SplitMode.CASE);

        assertThat(split.test()).allMatch(p -> BacktestSplit.inTestByCase(p.ticket().caseId()));
        assertThat(split.train()).noneMatch(p -> BacktestSplit.inTestByCase(p.ticket().caseId()));
        assertThat(split.train().size() + split.test().size()).isEqualTo(60);
    }

    @Test
    void neverResolvedAndResolvedBeforeOpenedTicketsAreLeftOutAndCounted() {
        TinyLog log = fiftyTickets();
        log.ticket("open-forever", 10.5, null, "P", "A");
        log.ticket("time-travel", 20.5, 19.0, "P", "A");
        BacktestSplit split = BacktestSplit.of(log.build().tickets(), SplitMode.TIME);

        assertThat(split.leftOut().neverResolved()).isEqualTo(1);
        assertThat(split.leftOut().resolvedBeforeOpened()).isEqualTo(1);
        assertThat(split.train()).hasSize(30);
        assertThat(split.targets()).containsEntry("P", 25 * HOUR);
    }

    @Test
    void segmentsWithFewerThanTwentyTrainingTicketsAreLeftOutOfTrainAndTest() {
        TinyLog log = fiftyTickets();
        for (int i = 0; i < 10; i++) {
            log.ticket("Q" + i, i * 5 + 0.25, i * 5 + 3.0, "Q", "A");
        }
        BacktestSplit split = BacktestSplit.of(log.build().tickets(), SplitMode.TIME);

        assertThat(split.targets()).containsOnlyKeys("P");
        assertThat(split.leftOut().smallSegment()).isEqualTo(10);
        assertThat(split.train()).allMatch(p -> p.ticket().segment().equals("P"));
        assertThat(split.test()).allMatch(p -> p.ticket().segment().equals("P"));
    }

    @Test
    void nearestRankTakesIndexFloorOfEightyPercent() {
        assertThat(BacktestSplit.nearestRank80(List.of(5L, 1L, 4L, 2L, 3L))).isEqualTo(5L); // index 4
        assertThat(BacktestSplit.nearestRank80(List.of(10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L))).isEqualTo(9L); // index 8
        assertThat(BacktestSplit.nearestRank80(List.of(7L))).isEqualTo(7L);
    }

    @Test
    void aLogWithoutSegmentsIsOneSegment() {
        EventLog log = fiftyTickets().build();
        TinyLog unsegmented = new TinyLog();
        for (var ticket : log.tickets()) {
            unsegmented.ticket(ticket.caseId(), ticket.opened() / (double) HOUR, ticket.resolved() / (double) HOUR, null, "A");
        }
        BacktestSplit split = BacktestSplit.of(unsegmented.build().tickets(), SplitMode.TIME);

        assertThat(split.targets()).containsOnlyKeys(BacktestSplit.ONE_SEGMENT);
    }
}
