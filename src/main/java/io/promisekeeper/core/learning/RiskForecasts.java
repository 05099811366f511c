package io.promisekeeper.core.learning;

import io.promisekeeper.core.config.ConfigDocument;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.rules.Risk;
import io.promisekeeper.core.rules.RiskForecast;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The forecast that decides "at risk": the learnt one once the nightly training has stored a model trained on
 * enough tickets that beat the fixed timer in its self-validation, the fixed timer otherwise. Every node asks the
 * stored model's version at most once per {@link #REFRESH}, and reads and decodes the model only when its version
 * changed.
 */
public final class RiskForecasts implements RiskForecast {
    /** How stale a node's view of the stored model may get; a new model arrives once a night. */
    static final Duration REFRESH = Duration.ofMinutes(1);

    private record Current(long version, RiskForecast forecast, ForecastStatus status, Instant readAt) {
    }

    private final ForecastDocuments documents;
    private final TicketHistories histories;
    private final RiskForecast fallback;
    private final Clock clock;
    private volatile Current current;

    public RiskForecasts(ForecastDocuments documents, TicketHistories histories, RiskForecast fallback, Clock clock) {
        this.documents = documents;
        this.histories = histories;
        this.fallback = fallback;
        this.clock = clock;
    }

    @Override
    public Risk of(Promise promise, Instant now) {
        return current().forecast().of(promise, now);
    }

    /** Which forecast is in use, and why; for the panel and the admin page. */
    public ForecastStatus status() {
        return current().status();
    }

    private Current current() {
        Instant now = clock.instant();
        Current seen = current;
        if (seen != null && now.isBefore(seen.readAt().plus(REFRESH))) {
            return seen;
        }
        synchronized (this) {
            seen = current;
            if (seen != null && now.isBefore(seen.readAt().plus(REFRESH))) {
                return seen;
            }
            current = read(seen, now);
            return current;
        }
    }

    private Current read(Current seen, Instant now) {
        // The model is large and changes once a night: ask its version first, read it only when that moved.
        long stored = documents.modelVersion();
        if (seen != null && stored != 0 && seen.version() == stored) {
            return new Current(stored, seen.forecast(), seen.status(), now);
        }
        Optional<ConfigDocument> document = documents.model();
        long version = document.map(ConfigDocument::version).orElse(0L);
        if (seen != null && seen.version() == version && document.isPresent()) {
            // Same model as before: keep the decoded one, but let the history count move on.
            return new Current(version, seen.forecast(), seen.status(), now);
        }
        int needed = ForecastTraining.MIN_TRAINING_TICKETS;
        if (document.isPresent()) {
            try {
                TrainedForecast trained = ForecastDocuments.decode(document.get());
                if (trained.ticketCount() >= needed) {
                    ForecastStatus status = ForecastStatus.validated(trained.trainedAt(), trained.ticketCount(),
                            needed, trained.choice());
                    // A model that did not beat the timer on the latest tickets is kept for its figures, not used.
                    RiskForecast forecast = trained.choice().learnt()
                            ? new ModelRiskForecast(trained, histories, fallback) : fallback;
                    return new Current(version, forecast, status, now);
                }
            } catch (IllegalArgumentException unusable) {
                return new Current(version, fallback, ForecastStatus.unreadable(needed, unusable.getMessage()), now);
            }
        }
        int resolved = documents.lastCheck().map(ForecastDocuments.HistoryCheck::resolvedTickets).orElse(0);
        return new Current(version, fallback, ForecastStatus.fallback(resolved, needed), now);
    }
}
