package io.promisekeeper.core.forecast;

import io.promisekeeper.core.backtest.BacktestSplit;
import io.promisekeeper.core.backtest.SplitMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForecastModelTest {
    static EventLog log;
    static BacktestSplit split;
    static ForecastModel model;

    @BeforeAll
    static void train() {
        log = TinyLog.synthetic(600, 42);
        split = BacktestSplit.of(log.tickets(), SplitMode.TIME);
        model = new ForecastTrainer(ForecastTrainer.Settings.standard()).train(split.train(), log.schema());
    }

    @Test
    void trainingIsDeterministic() {
        ForecastModel again = new ForecastTrainer(ForecastTrainer.Settings.standard()).train(split.train(), log.schema());
        assertThat(again.toBytes()).isEqualTo(model.toBytes());
    }

    @Test
    void trainingWithSplitHistogramPassesIsDeterministicToo() {
        EventLog big = TinyLog.synthetic(8_000, 11);
        var train = BacktestSplit.of(big.tickets(), SplitMode.TIME).train();
        int samples = train.stream().mapToInt(PromisedTicket::openChecks).sum();
        assertThat(samples).isGreaterThan(2 * 16_384); // large enough for the two-thread histogram passes

        byte[] first = new ForecastTrainer(ForecastTrainer.Settings.standard()).train(train, big.schema()).toBytes();
        byte[] second = new ForecastTrainer(ForecastTrainer.Settings.standard()).train(train, big.schema()).toBytes();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aCappedTreeMatrixStillTrainsDeterministically() {
        ForecastTrainer.Settings standard = ForecastTrainer.Settings.standard();
        ForecastTrainer.Settings capped = new ForecastTrainer.Settings(standard.calibrationShare(), standard.folds(),
                standard.smoothing(), standard.maxChangeAttributes(), 1, standard.trees());
        ForecastModel first = new ForecastTrainer(capped).train(split.train(), log.schema());
        ForecastModel second = new ForecastTrainer(capped).train(split.train(), log.schema());

        assertThat(first.toBytes()).isEqualTo(second.toBytes()).isNotEqualTo(model.toBytes());
    }

    @Test
    void serialisedModelRoundTripsAndForecastsTheSame() {
        byte[] bytes = model.toBytes();
        ForecastModel read = ForecastModel.fromBytes(bytes);

        assertThat(read.toBytes()).isEqualTo(bytes);
        LatenessForecaster original = new LatenessForecaster(model, log.schema());
        LatenessForecaster restored = new LatenessForecaster(read, log.schema());
        for (PromisedTicket promise : split.test().subList(0, 50)) {
            long now = promise.checkTime(3);
            assertThat(restored.forecast(promise.ticket(), promise.due(), now))
                    .isEqualTo(original.forecast(promise.ticket(), promise.due(), now));
        }
    }

    @Test
    void serialisedModelCarriesItsFormatVersion() {
        byte[] bytes = model.toBytes();
        assertThat(ByteBuffer.wrap(bytes).getInt()).isEqualTo(ForecastModel.MAGIC);
        assertThat(ByteBuffer.wrap(bytes).getInt(4)).isEqualTo(ForecastModel.FORMAT_VERSION);

        byte[] future = bytes.clone();
        ByteBuffer.wrap(future).putInt(4, ForecastModel.FORMAT_VERSION + 1);
        assertThatThrownBy(() -> ForecastModel.fromBytes(future))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> ForecastModel.fromBytes(new byte[]{1, 2, 3, 4, 5, 6, 7, 8}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ForecastModel.fromBytes(java.util.Arrays.copyOf(bytes, bytes.length / 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
    }

    @Test
    void learnsTheSignalOfTheSyntheticLog() {
        LatenessForecaster forecaster = new LatenessForecaster(model, log.schema());
        double waiting = 0;
        double other = 0;
        int waitingCount = 0;
        int otherCount = 0;
        for (PromisedTicket promise : split.test()) {
            if (promise.openChecks() <= 8) {
                continue;
            }
            long now = promise.checkTime(8);
            LatenessForecast forecast = forecaster.forecast(promise.ticket(), promise.due(), now);
            TicketCursor cursor = forecaster.cursor();
            cursor.reset(promise.ticket());
            cursor.advanceTo(now);
            if ("Waiting".equals(log.schema().statuses().value(cursor.status()))) {
                waiting += forecast.breachProbability();
                waitingCount++;
            } else {
                other += forecast.breachProbability();
                otherCount++;
            }
        }
        assertThat(waitingCount).isPositive();
        assertThat(waiting / waitingCount).isGreaterThan(other / otherCount);
    }

    @Test
    void forecastGivesProbabilityOrderedCompletionTimesAndSignalsInWords() {
        LatenessForecaster forecaster = new LatenessForecaster(model, log.schema());
        PromisedTicket promise = split.test().stream().filter(p -> p.openChecks() == 20).findFirst().orElseThrow();
        long now = promise.checkTime(12);

        LatenessForecast forecast = forecaster.forecast(promise.ticket(), promise.due(), now);

        assertThat(forecast.breachProbability()).isBetween(0.0, 1.0);
        assertThat(forecast.expectedCompletion().toEpochMilli()).isGreaterThanOrEqualTo(now);
        assertThat(forecast.p90Completion()).isAfterOrEqualTo(forecast.expectedCompletion());
        assertThat(forecast.signals()).isNotEmpty().allMatch(s -> !s.isBlank());
        assertThat(forecast.signals().get(0)).containsAnyOf("status", "group", "update");
    }

    @Test
    void modelNamesNoColumnItWasNotGiven() {
        List<String> names = model.attributeEffects().stream().map(EffectTable::attribute).toList();
        assertThat(names).containsExactly("group");
    }
}
