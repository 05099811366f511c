package io.promisekeeper.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.backtest.BacktestSplit;
import io.promisekeeper.core.backtest.SplitMode;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The forecast's hour and weekday are the team's wall clock (the business calendar's zone), not UTC. */
class ForecastClockTest {
    private static final int HOUR_OF_DAY = 8;
    private static final int DAY_OF_WEEK = 9;
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void mondayNineInAmsterdamIsHourNineOfMondayInWinterAndSummer() {
        for (String date : new String[]{"2026-01-05", "2026-07-06"}) {
            long now = ZonedDateTime.parse(date + "T09:00:00+01:00[Europe/Amsterdam]").withHour(9)
                    .toInstant().toEpochMilli();
            float[] amsterdam = features(now, AMSTERDAM);
            assertThat(amsterdam[HOUR_OF_DAY]).as(date).isEqualTo(9f);
            assertThat(amsterdam[DAY_OF_WEEK]).as("Monday is day 0, " + date).isEqualTo(0f);
            float[] utc = features(now, ZoneOffset.UTC);
            assertThat(utc[HOUR_OF_DAY]).as(date).isIn(7f, 8f);
        }
    }

    @Test
    void justAfterMidnightInAmsterdamIsAlreadyTheNextDay() {
        long now = ZonedDateTime.parse("2026-01-06T00:30:00+01:00[Europe/Amsterdam]").toInstant().toEpochMilli();
        assertThat(features(now, AMSTERDAM)[DAY_OF_WEEK]).isEqualTo(1f);
        assertThat(features(now, AMSTERDAM)[HOUR_OF_DAY]).isEqualTo(0f);
        assertThat(features(now, ZoneOffset.UTC)[DAY_OF_WEEK]).isEqualTo(0f);
        assertThat(features(now, ZoneOffset.UTC)[HOUR_OF_DAY]).isEqualTo(23f);
    }

    @Test
    void aModelKeepsItsClockZoneThroughItsBytes() {
        EventLog log = TinyLog.synthetic(300, 7);
        ForecastModel model = new ForecastTrainer(ForecastTrainer.Settings.standard(), () -> AMSTERDAM)
                .train(BacktestSplit.of(log.tickets(), SplitMode.TIME).train(), log.schema());
        assertThat(model.clockZone()).isEqualTo(AMSTERDAM);
        assertThat(ForecastModel.fromBytes(model.toBytes()).clockZone()).isEqualTo(AMSTERDAM);
        ForecastModel utc = new ForecastTrainer(ForecastTrainer.Settings.standard())
                .train(BacktestSplit.of(log.tickets(), SplitMode.TIME).train(), log.schema());
        assertThat(utc.clockZone()).isEqualTo(ZoneOffset.UTC);
    }

    private static float[] features(long now, ZoneId zone) {
        TinyLog log = new TinyLog().ticket("T1", 0, 1_000_000.0, "s", "a");
        EventLog built = log.build();
        TicketCursor cursor = new TicketCursor(built.schema().attributeCount());
        cursor.reset(built.tickets().get(0));
        float[] out = new float[ForecastFeatures.size(0, 0)];
        ForecastFeatures.fill(cursor, 3_600_000L, now, zone.getRules(), new float[0], new float[0][], new int[0],
                new int[0], out);
        return out;
    }
}
