package io.promisekeeper.core.learning;

import io.promisekeeper.core.backtest.BacktestSplit;
import io.promisekeeper.core.backtest.ForecastChoice;
import io.promisekeeper.core.backtest.ForecastValidation;
import io.promisekeeper.core.backtest.Headline;
import io.promisekeeper.core.forecast.EventLog;
import io.promisekeeper.core.forecast.EventLogBuilder;
import io.promisekeeper.core.forecast.ForecastModel;
import io.promisekeeper.core.forecast.ForecastTrainer;
import io.promisekeeper.core.forecast.PromisedTicket;
import io.promisekeeper.core.forecast.ResolutionRule;
import io.promisekeeper.core.forecast.TicketHistory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.TreeMap;

/**
 * The nightly training: replays the recently resolved tickets into an event log, gives each the promise the
 * backtest protocol gives it (due at its segment's 80th-percentile resolution time), validates a forecast on the
 * most recent of them against the fixed timer ({@link ForecastValidation}), trains on all of them in time order,
 * and stores the result with its validation for every node. With too little history it stores only how much there
 * was.
 */
public final class ForecastTraining {
    /**
     * Fewer training tickets than this and the fixed timer stays in charge. The trainer keeps the latest 5 % apart to
     * calibrate probabilities and needs at least 50 tickets before it has such a set at all; at 200 there are ten
     * calibration tickets (up to 200 check points) and five folds of about 38 tickets for the attribute effects.
     * Below that the calibrated probabilities are noise, and a plain timer is the more honest answer.
     */
    public static final int MIN_TRAINING_TICKETS = 200;
    /** How far back resolved tickets are read: a year covers seasonal work without learning from a different era. */
    public static final Duration WINDOW = Duration.ofDays(365);
    /** Most recent tickets read at most; bounds the memory of the log (a few KB per ticket) and the training time. */
    public static final int MAX_TICKETS = 20_000;

    /** What one run did. */
    public record Outcome(Instant at, int readTickets, int trainingTickets, boolean trained, ForecastChoice choice) {
        public String summary() {
            return trained
                    ? "trained on " + trainingTickets + " of " + readTickets + " resolved tickets; " + choice.summary()
                    : "not enough history yet: " + trainingTickets + " usable resolved tickets, "
                    + MIN_TRAINING_TICKETS + " needed";
        }
    }

    /** The tickets of one log made into training promises, with the targets their segments got. */
    public record TrainingSet(List<PromisedTicket> tickets, Map<String, Long> targets) {
    }

    private final ResolvedTickets source;
    private final ForecastDocuments documents;
    private final ForecastTrainer trainer;
    private final DoubleSupplier target;
    private final Clock clock;

    public ForecastTraining(ResolvedTickets source, ForecastDocuments documents, ForecastTrainer trainer, Clock clock) {
        this(source, documents, trainer, Headline.TARGET, clock);
    }

    /** @param targetFalsePerBreach the administrator's operating point the learnt forecast must beat the timer at */
    public ForecastTraining(ResolvedTickets source, ForecastDocuments documents, ForecastTrainer trainer,
                            double targetFalsePerBreach, Clock clock) {
        this(source, documents, trainer, () -> targetFalsePerBreach, clock);
    }

    /** @param target the administrator's operating point, read at each run (it is a setting that can change) */
    public ForecastTraining(ResolvedTickets source, ForecastDocuments documents, ForecastTrainer trainer,
                            DoubleSupplier target, Clock clock) {
        this.source = source;
        this.documents = documents;
        this.trainer = trainer;
        this.target = target;
        this.clock = clock;
    }

    /** Reads, trains when there is enough history, and stores what it learnt. */
    public Outcome run() {
        Instant now = clock.instant();
        EventLogBuilder builder = new EventLogBuilder();
        int read = source.each(now.minus(WINDOW), MAX_TICKETS, ticket -> TicketReplay.addTo(builder, ticket));
        EventLog log = builder.build(ResolutionRule.column());
        TrainingSet set = trainingSet(log.tickets());
        Optional<TrainedForecast> trained = train(set, log, now);
        trained.ifPresent(documents::saveModel);
        documents.saveCheck(new ForecastDocuments.HistoryCheck(now, set.tickets().size()));
        return new Outcome(now, read, set.tickets().size(), trained.isPresent(),
                trained.map(TrainedForecast::choice).orElse(null));
    }

    /**
     * Validates and trains on the set when it is large enough; deterministic for the same set. The model is stored
     * even when the timer wins, so the figures can be shown; {@link RiskForecasts} then keeps the timer.
     */
    public Optional<TrainedForecast> train(TrainingSet set, EventLog log, Instant now) {
        if (set.tickets().size() < MIN_TRAINING_TICKETS) {
            return Optional.empty();
        }
        ForecastChoice choice = new ForecastValidation(trainer, target.getAsDouble()).validate(set.tickets(), log.schema());
        ForecastModel model = trainer.train(set.tickets(), log.schema());
        Map<String, Duration> targets = new TreeMap<>();
        set.targets().forEach((segment, millis) -> targets.put(segment, Duration.ofMillis(millis)));
        return Optional.of(new TrainedForecast(model, log.schema(), now, set.tickets().size(), targets, choice));
    }

    /**
     * The backtest protocol without its test half: resolved tickets of segments with enough of them, each promised
     * its segment's target, oldest first (the trainer calibrates on the latest).
     */
    public static TrainingSet trainingSet(List<TicketHistory> tickets) {
        List<TicketHistory> usable = new ArrayList<>();
        for (TicketHistory ticket : tickets) {
            if (ticket.isResolved() && ticket.resolved() >= ticket.opened()) {
                usable.add(ticket);
            }
        }
        // By opened time, then key: the order the source handed them over in does not matter.
        usable.sort(Comparator.comparingLong(TicketHistory::opened).thenComparing(TicketHistory::caseId));
        Map<String, List<Long>> durations = new HashMap<>();
        for (TicketHistory ticket : usable) {
            durations.computeIfAbsent(BacktestSplit.segmentOf(ticket), s -> new ArrayList<>())
                    .add(ticket.resolved() - ticket.opened());
        }
        Map<String, Long> targets = new TreeMap<>();
        durations.forEach((segment, list) -> {
            if (list.size() >= BacktestSplit.MIN_SEGMENT_TRAINING) {
                targets.put(segment, BacktestSplit.nearestRank80(list));
            }
        });
        List<PromisedTicket> promised = new ArrayList<>();
        for (TicketHistory ticket : usable) {
            Long target = targets.get(BacktestSplit.segmentOf(ticket));
            if (target != null) {
                promised.add(new PromisedTicket(ticket, Math.max(1, target)));
            }
        }
        return new TrainingSet(promised, targets);
    }
}
