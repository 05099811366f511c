package io.promisekeeper.core.learning;

import io.promisekeeper.core.config.ConfigConflict;
import io.promisekeeper.core.config.ConfigDocument;
import io.promisekeeper.core.config.ConfigDocuments;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Keeps the learnt forecast in the shared configuration store, so every node of the cluster uses the one the
 * nightly training produced: the trained forecast as base64 under {@value #MODEL}, and the outcome of the latest
 * training run (how much history it found) under {@value #HISTORY}.
 */
public final class ForecastDocuments {
    /** Document holding the trained forecast. */
    public static final String MODEL = "forecast-model";
    /** Document holding the latest training run's count of usable resolved tickets. */
    public static final String HISTORY = "forecast-history";
    /** Author of the documents the training writes. */
    static final String TRAINING = "promise-keeper:training";

    /** The latest training run: when, and how many usable resolved tickets it found. */
    public record HistoryCheck(Instant checkedAt, int resolvedTickets) {
    }

    private final ConfigDocuments documents;

    public ForecastDocuments(ConfigDocuments documents) {
        this.documents = documents;
    }

    /** The stored forecast document (undecoded), if any. */
    public Optional<ConfigDocument> model() {
        return documents.read(MODEL);
    }

    /** The stored forecast's version (0 when none), read without its content. */
    public long modelVersion() {
        return documents.version(MODEL);
    }

    /** Decodes a document read by {@link #model()}; {@link IllegalArgumentException} when it cannot be used. */
    public static TrainedForecast decode(ConfigDocument document) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(document.content().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the stored forecast is not base64", e);
        }
        return TrainedForecast.fromBytes(bytes);
    }

    public Optional<HistoryCheck> lastCheck() {
        return documents.read(HISTORY).flatMap(ForecastDocuments::parseCheck);
    }

    public void saveModel(TrainedForecast forecast) {
        save(MODEL, Base64.getEncoder().encodeToString(forecast.toBytes()));
    }

    public void saveCheck(HistoryCheck check) {
        save(HISTORY, "checkedAt=" + check.checkedAt() + "\nresolvedTickets=" + check.resolvedTickets() + "\n");
    }

    // The training runs once per cluster; a conflict means a second run overlapped, and the later write wins.
    private void save(String name, String content) {
        for (int attempt = 0; ; attempt++) {
            long version = documents.read(name).map(ConfigDocument::version).orElse(0L);
            try {
                documents.write(name, content, version, TRAINING);
                return;
            } catch (ConfigConflict conflict) {
                if (attempt == 2) {
                    throw conflict;
                }
            }
        }
    }

    private static Optional<HistoryCheck> parseCheck(ConfigDocument document) {
        Instant at = null;
        Integer count = null;
        try {
            for (String line : document.content().split("\n")) {
                if (line.startsWith("checkedAt=")) {
                    at = Instant.parse(line.substring("checkedAt=".length()).strip());
                } else if (line.startsWith("resolvedTickets=")) {
                    count = Integer.parseInt(line.substring("resolvedTickets=".length()).strip());
                }
            }
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        return at == null || count == null ? Optional.empty() : Optional.of(new HistoryCheck(at, count));
    }
}
