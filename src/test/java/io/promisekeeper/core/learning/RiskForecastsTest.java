package io.promisekeeper.core.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.forecast.ForecastTrainer;
import io.promisekeeper.core.forecast.LogSchema;
import io.promisekeeper.core.forecast.TicketHistory;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSource;
import io.promisekeeper.core.rules.FixedTimerForecast;
import io.promisekeeper.core.rules.Risk;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskForecastsTest {
    private static final Instant NIGHT = Instant.parse("2026-03-01T02:30:00Z");
    private static final FixedTimerForecast TIMER = new FixedTimerForecast(0.2);

    private final InMemoryConfigDocuments store = new InMemoryConfigDocuments();
    private final ForecastDocuments documents = new ForecastDocuments(store);
    private final MovableClock clock = new MovableClock(NIGHT);
    private final Map<String, TicketRecord> live = new HashMap<>();
    private final TicketHistories histories = new TicketHistories() {
        @Override
        public Optional<TicketHistory> historyOf(String key, LogSchema schema, Instant until) {
            return Optional.ofNullable(live.get(key)).map(t -> TicketReplay.history(t, schema, until));
        }
    };

    private ForecastTraining.Outcome train(int tickets) {
        return new ForecastTraining(new SampleTickets(tickets, 11), documents,
                new ForecastTrainer(ForecastTrainer.Settings.standard()), clock).run();
    }

    private RiskForecasts forecasts() {
        return new RiskForecasts(documents, histories, TIMER, clock);
    }

    @Test
    void eachTrainingValidatesAtTheOperatingPointTheAdministratorSetsThen() {
        double[] operatingPoint = {0.15};
        ForecastTraining training = new ForecastTraining(new SampleTickets(900, 11), documents,
                new ForecastTrainer(ForecastTrainer.Settings.standard()), () -> operatingPoint[0], clock);

        assertThat(training.run().choice().target()).isEqualTo(0.15);
        operatingPoint[0] = 0.35;
        assertThat(training.run().choice().target()).isEqualTo(0.35);
    }

    @Test
    void withNoTrainingYetTheFixedTimerDecidesAndSaysSo() {
        RiskForecasts forecasts = forecasts();
        ForecastStatus status = forecasts.status();
        assertThat(status.mode()).isEqualTo(ForecastStatus.Mode.FALLBACK);
        assertThat(status.reason()).isEqualTo("not enough history yet: 0 resolved tickets, 200 needed");
        Promise promise = promise("HELP-1", NIGHT.minus(Duration.ofHours(9)), NIGHT.plus(Duration.ofHours(1)));
        assertThat(forecasts.of(promise, NIGHT)).isEqualTo(TIMER.of(promise, NIGHT));
    }

    @Test
    void tooLittleHistoryStoresOnlyTheCountAndTheStatusNamesIt() {
        // 60 sample tickets, every one of them in a segment large enough to get a target.
        ForecastTraining.Outcome outcome = train(60);
        assertThat(outcome.trained()).isFalse();
        assertThat(outcome.summary()).isEqualTo("not enough history yet: 60 usable resolved tickets, 200 needed");
        assertThat(documents.model()).isEmpty();
        ForecastStatus status = forecasts().status();
        assertThat(status.mode()).isEqualTo(ForecastStatus.Mode.FALLBACK);
        assertThat(status.resolvedTickets()).isEqualTo(60);
        assertThat(status.neededTickets()).isEqualTo(ForecastTraining.MIN_TRAINING_TICKETS);
        assertThat(status.reason()).isEqualTo("not enough history yet: 60 resolved tickets, 200 needed");
    }

    @Test
    void enoughHistoryMakesTheLearntForecastDecideOnceItBeatsTheTimer() {
        ForecastTraining.Outcome outcome = train(800);
        assertThat(outcome.trained()).isTrue();
        assertThat(outcome.readTickets()).isEqualTo(800);
        assertThat(outcome.choice().learnt()).isTrue();
        RiskForecasts forecasts = forecasts();
        ForecastStatus status = forecasts.status();
        assertThat(status.mode()).isEqualTo(ForecastStatus.Mode.MODEL);
        assertThat(status.trainedAt()).isEqualTo(NIGHT);
        assertThat(status.resolvedTickets()).isEqualTo(800);
        assertThat(status.choice()).isEqualTo(outcome.choice());
        assertThat(status.reason()).startsWith("learnt forecast ").endsWith(": using the learnt forecast");

        // A live ticket: "slow" and waiting versus "fast" and moving, the same promise horizon on both.
        Instant made = NIGHT.plus(Duration.ofHours(1));
        Instant due = made.plus(Duration.ofHours(24));
        Instant now = made.plus(Duration.ofHours(6));
        live.put("HELP-901", liveTicket("HELP-901", made, "slow", "Waiting"));
        live.put("HELP-902", liveTicket("HELP-902", made, "fast", "In Progress"));
        Risk slow = forecasts.of(promise("HELP-901", made, due), now);
        Risk fast = forecasts.of(promise("HELP-902", made, due), now);
        assertThat(slow.lateProbability()).isBetween(0.0, 1.0);
        assertThat(slow.lateProbability()).isGreaterThan(fast.lateProbability());
        assertThat(slow.expectedCompletionP90()).isAfterOrEqualTo(slow.expectedCompletion());
        assertThat(slow.signals()).isNotEmpty().noneMatch(s -> s.contains("fixed timer"));
    }

    @Test
    void aModelThatFailsItsValidationIsStoredWithItsFiguresButTheTimerDecides() {
        ForecastTraining.Outcome outcome = train(300);
        assertThat(outcome.trained()).isTrue();
        assertThat(outcome.choice().learnt()).isFalse();
        assertThat(documents.model()).isPresent();
        RiskForecasts forecasts = forecasts();
        ForecastStatus status = forecasts.status();
        assertThat(status.mode()).isEqualTo(ForecastStatus.Mode.FALLBACK);
        assertThat(status.damaged()).isFalse();
        assertThat(status.choice()).isEqualTo(outcome.choice());
        assertThat(status.reason()).isEqualTo(outcome.choice().summary()).endsWith(": using the timer");
        Promise promise = promise("HELP-1", NIGHT.minus(Duration.ofHours(9)), NIGHT.plus(Duration.ofHours(1)));
        assertThat(forecasts.of(promise, NIGHT)).isEqualTo(TIMER.of(promise, NIGHT));
    }

    @Test
    void aTicketTheHostNoLongerKnowsFallsBackToTheTimer() {
        train(800);
        Promise promise = promise("HELP-404", NIGHT, NIGHT.plus(Duration.ofHours(10)));
        Instant now = NIGHT.plus(Duration.ofHours(9));
        assertThat(forecasts().of(promise, now)).isEqualTo(TIMER.of(promise, now));
    }

    @Test
    void eachNodeRereadsTheStoreAtMostOncePerRefreshAndPicksUpANewModel() {
        RiskForecasts forecasts = forecasts();
        assertThat(forecasts.status().mode()).isEqualTo(ForecastStatus.Mode.FALLBACK);
        int reads = store.reads;
        for (int i = 0; i < 50; i++) {
            forecasts.status();
        }
        assertThat(store.reads).isEqualTo(reads);

        train(800);
        assertThat(forecasts.status().mode()).as("still within the refresh").isEqualTo(ForecastStatus.Mode.FALLBACK);
        clock.advance(RiskForecasts.REFRESH);
        assertThat(forecasts.status().mode()).isEqualTo(ForecastStatus.Mode.MODEL);

        // The same model a refresh later: only its version is asked, the model itself is not read again.
        int modelReads = store.reads;
        int versionReads = store.versionReads;
        clock.advance(RiskForecasts.REFRESH);
        assertThat(forecasts.status().mode()).isEqualTo(ForecastStatus.Mode.MODEL);
        assertThat(store.reads).isEqualTo(modelReads);
        assertThat(store.versionReads).isEqualTo(versionReads + 1);
    }

    @Test
    void aDamagedOrForeignStoredModelKeepsTheTimerAndSaysWhy() {
        store.write(ForecastDocuments.MODEL, "bm90IGEgbW9kZWw=", 0, "someone");
        ForecastStatus status = forecasts().status();
        assertThat(status.mode()).isEqualTo(ForecastStatus.Mode.FALLBACK);
        assertThat(status.reason()).startsWith("the stored forecast cannot be used: not a Promise Keeper trained forecast");
    }

    @Test
    void theTrainingReadsTheLastYearOnly() {
        SampleTickets tickets = new SampleTickets(10, 1);
        new ForecastTraining(tickets, documents, new ForecastTrainer(ForecastTrainer.Settings.standard()), clock).run();
        assertThat(tickets.askedSince).isEqualTo(NIGHT.minus(ForecastTraining.WINDOW));
    }

    private static TicketRecord liveTicket(String key, Instant opened, String group, String status) {
        return new TicketRecord(key, "HELP", opened, null, Map.of("status", status, "group", group),
                List.of(FieldChange.value(opened.plus(Duration.ofMinutes(30)), "status", "Open", status)));
    }

    private static Promise promise(String ticket, Instant madeAt, Instant due) {
        return Promise.open(ticket, "update the customer", PromiseKind.UPDATE, due, "default", "agent", madeAt,
                Channel.EMAIL, PromiseSource.AGENT);
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
