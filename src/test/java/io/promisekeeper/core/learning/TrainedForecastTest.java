package io.promisekeeper.core.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promisekeeper.core.forecast.ForecastTrainer;
import io.promisekeeper.core.forecast.LatenessForecast;
import io.promisekeeper.core.forecast.LatenessForecaster;
import io.promisekeeper.core.forecast.TicketHistory;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrainedForecastTest {
    private static final Instant NOW = Instant.parse("2026-03-01T02:30:00Z");
    private static TrainedForecast trained;

    @BeforeAll
    static void train() {
        trained = Trainings.trained(new SampleTickets(400, 7), NOW);
    }

    @Test
    void roundTripKeepsModelSchemaCodesAndFacts() {
        TrainedForecast back = TrainedForecast.fromBytes(trained.toBytes());

        assertThat(back.trainedAt()).isEqualTo(NOW);
        assertThat(back.ticketCount()).isEqualTo(trained.ticketCount());
        assertThat(back.segmentTargets()).isEqualTo(trained.segmentTargets()).containsKey("HELP");
        assertThat(back.choice()).as("the validation figures are stored with the model").isEqualTo(trained.choice());
        assertThat(back.schema().attributeNames()).isEqualTo(trained.schema().attributeNames());
        for (int code = 1; code < trained.schema().statuses().size(); code++) {
            assertThat(back.schema().statuses().value(code)).isEqualTo(trained.schema().statuses().value(code));
        }
        assertThat(back.toBytes()).isEqualTo(trained.toBytes());

        // The same ticket, read in each schema, gets the very same forecast.
        TicketRecord open = new SampleTickets(400, 7).tickets().get(399);
        Instant at = open.opened().plus(Duration.ofHours(3));
        LatenessForecast before = forecast(trained, open, at);
        LatenessForecast after = forecast(back, open, at);
        assertThat(after).isEqualTo(before);
    }

    private static LatenessForecast forecast(TrainedForecast forecast, TicketRecord ticket, Instant at) {
        TicketHistory history = TicketReplay.history(ticket, forecast.schema(), at);
        return new LatenessForecaster(forecast.model(), forecast.schema())
                .forecast(history, ticket.opened().plus(Duration.ofHours(20)).toEpochMilli(), at.toEpochMilli());
    }

    @Test
    void anotherFormatVersionIsRefusedNamingBothVersions() {
        byte[] bytes = trained.toBytes();
        ByteBuffer.wrap(bytes).putInt(4, TrainedForecast.FORMAT_VERSION + 1);
        assertThatThrownBy(() -> TrainedForecast.fromBytes(bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("format version " + (TrainedForecast.FORMAT_VERSION + 1))
                .hasMessageContaining("expected " + TrainedForecast.FORMAT_VERSION);
    }

    @Test
    void otherDataAndDamagedBytesAreRefusedClearly() {
        assertThatThrownBy(() -> TrainedForecast.fromBytes("hello world".getBytes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Promise Keeper trained forecast");
        assertThatThrownBy(() -> TrainedForecast.fromBytes(new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] bytes = trained.toBytes();
        assertThatThrownBy(() -> TrainedForecast.fromBytes(Arrays.copyOf(bytes, bytes.length / 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("damaged");
    }

    @Test
    void trainingIsDeterministic() {
        TrainedForecast again = Trainings.trained(new SampleTickets(400, 7), NOW);
        assertThat(again.toBytes()).isEqualTo(trained.toBytes());
    }
}
