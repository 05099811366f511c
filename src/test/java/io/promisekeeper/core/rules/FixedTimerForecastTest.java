package io.promisekeeper.core.rules;

import static io.promisekeeper.core.rules.Tickets.NOW;
import static io.promisekeeper.core.rules.Tickets.promise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promisekeeper.core.promise.Promise;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FixedTimerForecastTest {
    private final FixedTimerForecast timer = new FixedTimerForecast(0.2);

    @Test
    void atRiskOnceLessThanTheShareOfTheHorizonIsLeft() {
        Promise tenHours = promise(1, Duration.ofHours(8), Duration.ofHours(2)); // horizon 10 h, 2 h left
        Promise early = promise(2, Duration.ofHours(7), Duration.ofHours(3));

        assertThat(timer.of(tenHours, NOW).lateProbability()).isEqualTo(0.0);
        assertThat(timer.of(tenHours, NOW.plusSeconds(1)).lateProbability()).isEqualTo(1.0);
        assertThat(timer.of(early, NOW).lateProbability()).isEqualTo(0.0);
        assertThat(timer.of(early, NOW.plus(Duration.ofHours(4))).lateProbability()).isEqualTo(1.0);
        assertThat(timer.of(tenHours, NOW).expectedCompletion()).isEqualTo(tenHours.due());
    }

    @Test
    void shareMustLieStrictlyBetweenZeroAndOne() {
        assertThatThrownBy(() -> new FixedTimerForecast(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FixedTimerForecast(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
