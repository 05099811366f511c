package io.promisekeeper.core.learning;

import io.promisekeeper.core.forecast.ForecastTrainer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the training use case on sample tickets, in memory. */
final class Trainings {
    private Trainings() {
    }

    static TrainedForecast trained(ResolvedTickets tickets, Instant now) {
        InMemoryConfigDocuments store = new InMemoryConfigDocuments();
        ForecastDocuments documents = new ForecastDocuments(store);
        new ForecastTraining(tickets, documents, new ForecastTrainer(ForecastTrainer.Settings.standard()),
                Clock.fixed(now, ZoneOffset.UTC)).run();
        return ForecastDocuments.decode(documents.model().orElseThrow());
    }
}
