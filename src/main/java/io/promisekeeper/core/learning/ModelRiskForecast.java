package io.promisekeeper.core.learning;

import io.promisekeeper.core.forecast.LatenessForecast;
import io.promisekeeper.core.forecast.LatenessForecaster;
import io.promisekeeper.core.forecast.TicketHistory;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.rules.Risk;
import io.promisekeeper.core.rules.RiskForecast;
import java.time.Instant;
import java.util.Optional;

/**
 * The learnt forecast for a live promise: the ticket's history up to now, read in the trained schema, forecast over
 * the promise's own horizon (made → due). The model learnt promises that start when a ticket opens, so the clock of
 * the replayed ticket starts when this promise was made; what happened before still shapes the ticket's state.
 */
public final class ModelRiskForecast implements RiskForecast {
    private final TrainedForecast trained;
    private final LatenessForecaster forecaster;
    private final TicketHistories histories;
    private final RiskForecast whenTicketUnknown;

    public ModelRiskForecast(TrainedForecast trained, TicketHistories histories, RiskForecast whenTicketUnknown) {
        this.trained = trained;
        this.forecaster = new LatenessForecaster(trained.model(), trained.schema());
        this.histories = histories;
        this.whenTicketUnknown = whenTicketUnknown;
    }

    public TrainedForecast trained() {
        return trained;
    }

    @Override
    public Risk of(Promise promise, Instant now) {
        Optional<TicketHistory> history = histories.historyOf(promise.ticketKey(), trained.schema(), now);
        if (history.isEmpty()) {
            return whenTicketUnknown.of(promise, now);
        }
        TicketHistory fromPromise = startingAt(history.get(), promise.madeAt().toEpochMilli());
        LatenessForecast forecast = forecaster.forecast(fromPromise, promise.due().toEpochMilli(), now.toEpochMilli());
        double probability = Math.min(1, Math.max(0, forecast.breachProbability()));
        return new Risk(probability, forecast.expectedCompletion(), forecast.p90Completion(), forecast.signals());
    }

    private TicketHistory startingAt(TicketHistory ticket, long start) {
        int width = trained.schema().attributeCount();
        int events = ticket.eventCount();
        long[] times = new long[events];
        int[] statuses = new int[events];
        int[][] values = new int[events][];
        for (int e = 0; e < events; e++) {
            times[e] = ticket.time(e);
            statuses[e] = ticket.status(e);
            int[] row = new int[width];
            for (int a = 0; a < row.length; a++) {
                row[a] = ticket.value(e, a);
            }
            values[e] = row;
        }
        return new TicketHistory(ticket.caseId(), ticket.arrival(), start, ticket.resolved(), ticket.segment(), times,
                statuses, values);
    }
}
