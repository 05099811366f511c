package io.promisekeeper.core.forecast;

import io.promisekeeper.core.backtest.BacktestSplit;
import io.promisekeeper.core.backtest.SplitMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever happens after a check time, the forecast (and so the decision) at that time stays the same. */
class NoLookAheadProperties {
    private static final EventLog TRAINING = TinyLog.synthetic(400, 7);
    private static final ForecastModel MODEL = new ForecastTrainer(ForecastTrainer.Settings.standard())
            .train(BacktestSplit.of(TRAINING.tickets(), SplitMode.TIME).train(), TRAINING.schema());
    private static final String[] STATUSES = {"New", "Active", "Waiting", "Resolved", "Elsewhere"};
    private static final String[] GROUPS = {"fast", "medium", "slow", "unseen"};

    private record Row(double hour, String status, String group) {
    }

    @Property(tries = 200)
    void changingOrShufflingLaterEventsNeverChangesTheForecastAtACheck(
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 4) long seed,
            @ForAll @IntRange(min = 0, max = 19) int k) {
        Random random = new Random(seed);
        double horizonHours = 5 + random.nextDouble() * 60;
        long horizon = TinyLog.at(horizonHours);
        double checkHour = k * horizonHours / 20;
        List<Row> before = new ArrayList<>();
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            before.add(new Row(random.nextDouble() * checkHour * 0.99, pick(random, STATUSES), pick(random, GROUPS)));
        }
        List<Row> afterA = laterRows(random, checkHour, horizonHours);
        List<Row> afterB = laterRows(random, checkHour, horizonHours);

        LatenessForecast a = forecastAt(before, afterA, random.nextLong(), horizon, k);
        LatenessForecast b = forecastAt(before, afterB, random.nextLong(), horizon, k);

        assertThat(b).isEqualTo(a);
    }

    private static List<Row> laterRows(Random random, double checkHour, double horizonHours) {
        List<Row> rows = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            // Strictly after the check time (a millisecond later at least).
            double hour = checkHour + 0.001 + random.nextDouble() * horizonHours * 2;
            rows.add(new Row(hour, pick(random, STATUSES), pick(random, GROUPS)));
        }
        return rows;
    }

    private static LatenessForecast forecastAt(List<Row> before, List<Row> after, long shuffleSeed, long horizon, int k) {
        List<Row> later = new ArrayList<>(after);
        Collections.shuffle(later, new Random(shuffleSeed));
        TinyLog log = new TinyLog(TRAINING.schema());
        log.ticket("X", 0, 1000.0, "P", "fast");
        // Later events come first in the file, in a random order: file order must not matter either.
        for (Row row : later) {
            log.event("X", row.hour(), row.status(), row.group());
        }
        for (Row row : before) {
            log.event("X", row.hour(), row.status(), row.group());
        }
        TicketHistory ticket = log.build().tickets().get(0);
        PromisedTicket promise = new PromisedTicket(ticket, horizon);
        LatenessForecaster forecaster = new LatenessForecaster(MODEL, TRAINING.schema());
        return forecaster.forecast(ticket, promise.due(), promise.checkTime(k));
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
