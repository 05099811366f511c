package io.promisekeeper.core.forecast;

import java.time.Instant;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A {@link ForecastModel} bound to the value codes of one log schema, ready to forecast quickly. */
public final class LatenessForecaster {
    private static final double HOUR = 3_600_000d;
    private final ForecastModel model;
    private final LogSchema schema;
    private final float[] statusEffect;
    private final int[] statusObservations;
    private final float[][] effects;
    private final int[][] observations;
    private final int[] encodedIndex;
    private final int[] changeIndex;
    private final ZoneRules clock;

    public LatenessForecaster(ForecastModel model, LogSchema schema) {
        this.model = model;
        this.schema = schema;
        this.statusEffect = model.statusEffects().byCode(schema.statuses());
        this.statusObservations = model.statusEffects().observationsByCode(schema.statuses());
        List<EffectTable> tables = model.attributeEffects();
        this.effects = new float[tables.size()][];
        this.observations = new int[tables.size()][];
        this.encodedIndex = new int[tables.size()];
        for (int i = 0; i < tables.size(); i++) {
            int index = schema.indexOf(tables.get(i).attribute());
            encodedIndex[i] = index;
            effects[i] = index < 0 ? new float[0] : tables.get(i).byCode(schema.values(index));
            observations[i] = index < 0 ? new int[0] : tables.get(i).observationsByCode(schema.values(index));
        }
        this.changeIndex = model.changeAttributes().stream().mapToInt(schema::indexOf).toArray();
        this.clock = model.clockZone().getRules();
    }

    public ForecastModel model() { return model; }

    float[] statusEffectTable() { return statusEffect; }

    float[][] effectTables() { return effects; }

    int[] encodedIndex() { return encodedIndex; }

    int[] changeIndex() { return changeIndex; }

    ZoneRules clock() { return clock; }

    /** Length of the feature vector; size the scratch array of {@link #breachProbability} with it. */
    public int featureCount() {
        return ForecastFeatures.size(encodedIndex.length, changeIndex.length);
    }

    /** Creates a cursor for walking tickets of this schema. */
    public TicketCursor cursor() {
        return new TicketCursor(schema.attributeCount());
    }

    /** Breach probability at {@code now} for a cursor already advanced to {@code now}; allocates nothing. */
    public double breachProbability(TicketCursor cursor, long horizon, long now, float[] scratch) {
        ForecastFeatures.fill(cursor, horizon, now, clock, statusEffect, effects, encodedIndex, changeIndex, scratch);
        return model.probability(model.trees().score(scratch));
    }

    /** Log-odds score of a prepared feature vector, before calibration. */
    public double score(float[] features) {
        return model.trees().score(features);
    }

    /** The full forecast for a promise due at {@code due}, using only what happened up to {@code now}. */
    public LatenessForecast forecast(TicketHistory history, long due, long now) {
        long horizon = Math.max(1, due - history.opened());
        TicketCursor cursor = cursor();
        cursor.reset(history);
        cursor.advanceTo(now);
        float[] scratch = new float[featureCount()];
        double probability = breachProbability(cursor, horizon, now, scratch);
        int band = ForecastModel.band(probability);
        long median = now + Math.round(model.medianRemainingShare()[band] * horizon);
        long p90 = now + Math.round(model.p90RemainingShare()[band] * horizon);
        return new LatenessForecast(probability, Instant.ofEpochMilli(median), Instant.ofEpochMilli(p90),
                signals(cursor, now));
    }

    private record Signal(double weight, String text) {
    }

    private List<String> signals(TicketCursor cursor, long now) {
        List<Signal> found = new ArrayList<>();
        if (cursor.seen() > 0) {
            String status = schema.statuses().value(cursor.status());
            double days = (now - cursor.statusSince()) / HOUR / 24;
            double effect = valueAt(statusEffect, cursor.status());
            found.add(new Signal(Math.abs(effect) + 0.01, String.format(Locale.ROOT,
                    "in status '%s' for %.1f days%s", status, days,
                    describe(effect, valueAt(statusObservations, cursor.status())))));
        }
        double idleDays = (now - cursor.lastUpdate()) / HOUR / 24;
        if (idleDays >= 1) {
            found.add(new Signal(0.05 + idleDays / 100, String.format(Locale.ROOT, "no update for %.1f days", idleDays)));
        }
        for (int i = 0; i < encodedIndex.length; i++) {
            int attribute = encodedIndex[i];
            if (attribute < 0 || cursor.seen() == 0) {
                continue;
            }
            int code = cursor.value(attribute);
            double effect = valueAt(effects[i], code);
            int seen = valueAt(observations[i], code);
            if (Math.abs(effect) >= 0.03 && seen >= 30) {
                found.add(new Signal(Math.abs(effect), String.format(Locale.ROOT, "%s = %s%s",
                        schema.attributeName(attribute), schema.values(attribute).value(code), describe(effect, seen))));
            }
        }
        for (int attribute : changeIndex) {
            if (attribute >= 0 && cursor.changes(attribute) >= 2) {
                found.add(new Signal(0.02 * cursor.changes(attribute), String.format(Locale.ROOT,
                        "%s changed %d times", schema.attributeName(attribute), cursor.changes(attribute))));
            }
        }
        found.sort(Comparator.comparingDouble(Signal::weight).reversed());
        return found.stream().limit(4).map(Signal::text).toList();
    }

    private static String describe(double effect, int observations) {
        if (observations < 30 || Math.abs(effect) < 0.01) {
            return "";
        }
        return String.format(Locale.ROOT, "; similar tickets broke their promise %d points %s often",
                Math.round(Math.abs(effect) * 100), effect > 0 ? "more" : "less");
    }

    private static double valueAt(float[] table, int code) {
        return code < table.length ? table[code] : 0;
    }

    private static int valueAt(int[] table, int code) {
        return code < table.length ? table[code] : 0;
    }
}
