package io.promisekeeper.core.forecast;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Learns a {@link ForecastModel} from resolved tickets with their promises. Samples are taken at the
 * protocol's check points while each ticket is still open, with the features known at that moment.
 * The earlier tickets fit the model; the latest ones calibrate it, as the future will be later still.
 * Attribute effects seen by the trees are computed out-of-fold so a ticket never sees its own outcome.
 *
 * <p>Small histories are handled on purpose (docs/forecast.md gives the rule and how it was chosen): below
 * {@link #FULL_CAPACITY_TICKETS} fit tickets the trees get fewer rounds, less depth, larger leaves and stronger
 * regularisation in proportion; the calibration set is at least {@link #MIN_CALIBRATION_TICKETS} tickets (up to a
 * fifth of the history); and the calibration is shrunk towards the trees' own probabilities, whose mean is the
 * training breach rate, so that a small or skewed calibration set cannot drive every probability to 0 or 1.
 */
public final class ForecastTrainer {
    /** Training settings. */
    public record Settings(double calibrationShare, int folds, double smoothing, int maxChangeAttributes,
                           long maxMatrixCells, BoostedTreesTrainer.Settings trees) {
        public static Settings standard() {
            // 20 M cells: about 100 MB of features and bins, whatever the size of the log.
            return new Settings(0.05, 5, 30, 8, 20_000_000L, BoostedTreesTrainer.Settings.standard());
        }
    }

    /** From this many fit tickets on, the trees get their full standard capacity. */
    public static final int FULL_CAPACITY_TICKETS = 2_000;
    /** The calibration set holds at least this many tickets (while that is at most a fifth of the history). */
    public static final int MIN_CALIBRATION_TICKETS = 100;
    /** Strength of the calibration's prior, in units of the log-likelihood summed over calibration checks. */
    static final double CALIBRATION_PRIOR = 20;
    /** Probabilities never go below this or above 1 minus this: no forecast is ever certain. */
    public static final double PROBABILITY_FLOOR = 0.001;

    private final Settings settings;
    private final Supplier<ZoneId> clockZone;

    /** A trainer that reads the hour and weekday features in UTC (the backtest's clock). */
    public ForecastTrainer(Settings settings) {
        this(settings, () -> ZoneOffset.UTC);
    }

    /**
     * A trainer that reads the hour and weekday features in {@code clockZone} (asked once per training: the
     * business calendar's zone, which the administrator may change); the model keeps the zone for its forecasts.
     */
    public ForecastTrainer(Settings settings, Supplier<ZoneId> clockZone) {
        this.settings = settings;
        this.clockZone = Objects.requireNonNull(clockZone, "clockZone");
    }

    /** Trains on the tickets in the given (time) order. */
    public ForecastModel train(List<PromisedTicket> tickets, LogSchema schema) {
        int calibrationCount = calibrationCount(tickets.size(), settings.calibrationShare());
        List<PromisedTicket> fit = tickets.subList(0, tickets.size() - calibrationCount);
        List<PromisedTicket> calibration = calibrationCount == 0 ? fit : tickets.subList(fit.size(), tickets.size());
        int attributes = schema.attributeCount();
        int folds = settings.folds();
        ZoneId zone = Objects.requireNonNull(clockZone.get(), "clock zone");
        ZoneRules clock = zone.getRules();
        TicketCursor cursor = new TicketCursor(attributes);

        // Base breach rate at each point of the clock, so effects measure "more than usual at this moment".
        double[] bucketPositives = new double[PromisedTicket.CHECKS + 1];
        double[] bucketCounts = new double[PromisedTicket.CHECKS + 1];
        int samples = 0;
        for (PromisedTicket promise : fit) {
            int checks = promise.openChecks();
            for (int k = 0; k < checks; k++) {
                int bucket = ForecastFeatures.bucket(promise.checkTime(k) - promise.ticket().opened(), promise.horizon());
                bucketCounts[bucket]++;
                bucketPositives[bucket] += promise.breached() ? 1 : 0;
            }
            samples += checks;
        }
        double[] baseRate = new double[bucketCounts.length];
        for (int b = 0; b < baseRate.length; b++) {
            baseRate[b] = bucketCounts[b] == 0 ? 0 : bucketPositives[b] / bucketCounts[b];
        }

        // Per value and fold: summed surprise (label minus base rate) and count. Table 0 is the status.
        int tables = attributes + 1;
        double[][] sums = new double[tables][];
        int[][] counts = new int[tables][];
        sums[0] = new double[schema.statuses().size() * folds];
        counts[0] = new int[schema.statuses().size() * folds];
        for (int a = 0; a < attributes; a++) {
            sums[a + 1] = new double[schema.values(a).size() * folds];
            counts[a + 1] = new int[schema.values(a).size() * folds];
        }
        int[] ticketsChanging = new int[attributes];
        for (int t = 0; t < fit.size(); t++) {
            PromisedTicket promise = fit.get(t);
            int fold = t % folds;
            double label = promise.breached() ? 1 : 0;
            cursor.reset(promise.ticket());
            int checks = promise.openChecks();
            for (int k = 0; k < checks; k++) {
                long now = promise.checkTime(k);
                cursor.advanceTo(now);
                double surprise = label - baseRate[ForecastFeatures.bucket(now - promise.ticket().opened(), promise.horizon())];
                int slot = cursor.status() * folds + fold;
                sums[0][slot] += surprise;
                counts[0][slot]++;
                for (int a = 0; a < attributes; a++) {
                    slot = cursor.value(a) * folds + fold;
                    sums[a + 1][slot] += surprise;
                    counts[a + 1][slot]++;
                }
            }
            cursor.advanceTo(Long.MAX_VALUE);
            for (int a = 0; a < attributes; a++) {
                if (cursor.changes(a) > 0) {
                    ticketsChanging[a]++;
                }
            }
        }
        int[] changeIndex = attributesThatMove(ticketsChanging, fit.size());

        // Full effects (used at forecast time) and out-of-fold effects (used to fit the trees).
        float[][] full = new float[tables][];
        float[][][] outOfFold = new float[folds][tables][];
        for (int e = 0; e < tables; e++) {
            int values = sums[e].length / folds;
            full[e] = new float[values];
            for (int f = 0; f < folds; f++) {
                outOfFold[f][e] = new float[values];
            }
            for (int v = 0; v < values; v++) {
                double s = 0;
                int c = 0;
                for (int f = 0; f < folds; f++) {
                    s += sums[e][v * folds + f];
                    c += counts[e][v * folds + f];
                }
                if (v == ValueDictionary.ABSENT) {
                    // "Nothing known yet" is no value; the event count already says so, at training and forecast alike.
                    continue;
                }
                full[e][v] = (float) (s / (c + settings.smoothing()));
                for (int f = 0; f < folds; f++) {
                    outOfFold[f][e][v] = (float) ((s - sums[e][v * folds + f])
                            / (c - counts[e][v * folds + f] + settings.smoothing()));
                }
            }
        }
        int[] encodedIndex = new int[attributes];
        for (int a = 0; a < attributes; a++) {
            encodedIndex[a] = a;
        }

        int featureCount = ForecastFeatures.size(attributes, changeIndex.length);
        // Effects above are running sums; only the tree matrix grows with the log, so it is capped.
        int cap = (int) Math.max(1_000, Math.min(Integer.MAX_VALUE, settings.maxMatrixCells() / featureCount));
        long keepBelow = samples <= cap ? Long.MAX_VALUE : (long) ((double) cap / samples * (1L << 32));
        int kept = 0;
        for (int t = 0; t < fit.size(); t++) {
            int checks = fit.get(t).openChecks();
            for (int k = 0; k < checks; k++) {
                if (keeps(t, k, keepBelow)) {
                    kept++;
                }
            }
        }
        samples = kept;
        float[][] x = new float[featureCount][samples];
        boolean[] y = new boolean[samples];
        float[] row = new float[featureCount];
        int s = 0;
        for (int t = 0; t < fit.size(); t++) {
            PromisedTicket promise = fit.get(t);
            float[][] effects = outOfFold[t % folds];
            float[][] attributeEffects = Arrays.copyOfRange(effects, 1, tables);
            cursor.reset(promise.ticket());
            int checks = promise.openChecks();
            for (int k = 0; k < checks; k++) {
                if (!keeps(t, k, keepBelow)) {
                    continue;
                }
                long now = promise.checkTime(k);
                cursor.advanceTo(now);
                ForecastFeatures.fill(cursor, promise.horizon(), now, clock, effects[0], attributeEffects, encodedIndex,
                        changeIndex, row);
                for (int f = 0; f < featureCount; f++) {
                    x[f][s] = row[f];
                }
                y[s] = promise.breached();
                s++;
            }
        }
        BoostedTrees trees = samples == 0
                ? new BoostedTrees(1, -3, new int[]{0}, new float[]{Float.POSITIVE_INFINITY}, new float[]{0, 0})
                : new BoostedTreesTrainer(scaled(settings.trees(), fit.size(), samples)).train(x, y);

        ForecastModel uncalibrated = model(schema, zone, full, counts, folds, changeIndex, trees, 1, 0,
                new float[ForecastModel.BANDS], new float[ForecastModel.BANDS]);
        return calibrate(uncalibrated, calibration, schema);
    }

    /**
     * Calibration tickets: the standard share of the history, but at least {@link #MIN_CALIBRATION_TICKETS} while
     * that is at most a fifth of it; none below 50 tickets (the fit tickets then calibrate too).
     */
    static int calibrationCount(int tickets, double share) {
        if (tickets < 50) {
            return 0;
        }
        int standard = (int) (tickets * share);
        return Math.max(standard, Math.min(tickets / 5, MIN_CALIBRATION_TICKETS));
    }

    /**
     * The tree settings for {@code fitTickets} tickets giving {@code samples} check samples: the standard ones from
     * {@link #FULL_CAPACITY_TICKETS} tickets on; below, with r = tickets ÷ that, rounds scale with r (at least 30),
     * depth is 3 for 0.35 ≤ r < 1 and 2 below, the L2 penalty grows as 1/r, and a leaf must hold
     * at least 1/32 of the samples. Capacity then follows the evidence, whatever the log.
     */
    static BoostedTreesTrainer.Settings scaled(BoostedTreesTrainer.Settings standard, int fitTickets, int samples) {
        double r = Math.min(1, fitTickets / (double) FULL_CAPACITY_TICKETS);
        if (r >= 1) {
            return standard;
        }
        r = Math.max(r, 0.01);
        int trees = Math.max(30, (int) Math.round(standard.trees() * r));
        int depth = Math.min(standard.depth(), r >= 0.35 ? 3 : 2);
        int minLeaf = Math.max(standard.minLeaf(), samples / 32);
        return new BoostedTreesTrainer.Settings(Math.min(trees, standard.trees()), depth, standard.learningRate(),
                minLeaf, standard.l2() / r, standard.bins(), standard.rowShare());
    }

    /** Whether check k of fit ticket t goes into the tree matrix: all of them, or a fixed hashed share. */
    private static boolean keeps(int t, int k, long keepBelow) {
        return keepBelow == Long.MAX_VALUE || (BoostedTreesTrainer.mix(t, k) & 0xffffffffL) < keepBelow;
    }

    private int[] attributesThatMove(int[] ticketsChanging, int ticketCount) {
        Integer[] order = new Integer[ticketsChanging.length];
        for (int a = 0; a < order.length; a++) {
            order[a] = a;
        }
        Arrays.sort(order, (a, b) -> ticketsChanging[b] != ticketsChanging[a]
                ? Integer.compare(ticketsChanging[b], ticketsChanging[a]) : Integer.compare(a, b));
        List<Integer> chosen = new ArrayList<>();
        for (Integer a : order) {
            // An attribute that changes on fewer than 1 % of tickets carries too little to learn from.
            if (chosen.size() < settings.maxChangeAttributes() && ticketsChanging[a] * 100L >= ticketCount) {
                chosen.add(a);
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private static ForecastModel model(LogSchema schema, ZoneId zone, float[][] full, int[][] counts, int folds, int[] changeIndex,
                                       BoostedTrees trees, double slope, double intercept, float[] median,
                                       float[] p90) {
        EffectTable status = table("status", schema.statuses(), full[0], counts[0], folds);
        List<EffectTable> attributes = new ArrayList<>();
        for (int a = 0; a < schema.attributeCount(); a++) {
            attributes.add(table(schema.attributeName(a), schema.values(a), full[a + 1], counts[a + 1], folds));
        }
        List<String> changes = new ArrayList<>();
        for (int a : changeIndex) {
            changes.add(schema.attributeName(a));
        }
        return new ForecastModel(status, attributes, changes, trees, slope, intercept, median, p90, zone);
    }

    private static EffectTable table(String name, ValueDictionary dictionary, float[] effects, int[] counts, int folds) {
        List<String> values = new ArrayList<>();
        List<Float> kept = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        for (int code = 1; code < effects.length; code++) {
            int c = 0;
            for (int f = 0; f < folds; f++) {
                c += counts[code * folds + f];
            }
            // Values never observed at a check carry no effect; leaving them out keeps the model small.
            if (c > 0) {
                values.add(dictionary.value(code));
                kept.add(effects[code]);
                seen.add(c);
            }
        }
        float[] e = new float[kept.size()];
        int[] o = new int[seen.size()];
        for (int i = 0; i < e.length; i++) {
            e[i] = kept.get(i);
            o[i] = seen.get(i);
        }
        return new EffectTable(name, values, e, o);
    }

    /** Fits the score-to-probability map (Platt) and the remaining-time quantiles on the calibration tickets. */
    private ForecastModel calibrate(ForecastModel model, List<PromisedTicket> tickets, LogSchema schema) {
        LatenessForecaster forecaster = new LatenessForecaster(model, schema);
        TicketCursor cursor = forecaster.cursor();
        float[] row = new float[forecaster.featureCount()];
        int total = 0;
        for (PromisedTicket promise : tickets) {
            total += promise.openChecks();
        }
        double[] scores = new double[total];
        boolean[] labels = new boolean[total];
        float[] remaining = new float[total];
        int s = 0;
        for (PromisedTicket promise : tickets) {
            cursor.reset(promise.ticket());
            int checks = promise.openChecks();
            for (int k = 0; k < checks; k++) {
                long now = promise.checkTime(k);
                cursor.advanceTo(now);
                ForecastFeatures.fill(cursor, promise.horizon(), now, forecaster.clock(), forecaster.statusEffectTable(),
                        forecaster.effectTables(), forecaster.encodedIndex(), forecaster.changeIndex(), row);
                scores[s] = forecaster.score(row);
                labels[s] = promise.breached();
                remaining[s] = (float) ((promise.ticket().resolved() - now) / (double) Math.max(1, promise.horizon()));
                s++;
            }
        }
        double[] ab = plattFit(scores, labels);
        float[] median = new float[ForecastModel.BANDS];
        float[] p90 = new float[ForecastModel.BANDS];
        List<List<Float>> byBand = new ArrayList<>();
        for (int b = 0; b < ForecastModel.BANDS; b++) {
            byBand.add(new ArrayList<>());
        }
        float[] all = Arrays.copyOf(remaining, total);
        for (int i = 0; i < total; i++) {
            double p = 1 / (1 + Math.exp(-(ab[0] * scores[i] + ab[1])));
            byBand.get(ForecastModel.band(p)).add(remaining[i]);
        }
        Arrays.sort(all);
        for (int b = 0; b < ForecastModel.BANDS; b++) {
            List<Float> band = byBand.get(b);
            float[] values;
            if (band.size() >= 20) {
                values = new float[band.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = band.get(i);
                }
                Arrays.sort(values);
            } else {
                values = all;
            }
            median[b] = values.length == 0 ? 1f : values[(int) (0.5 * values.length)];
            p90[b] = values.length == 0 ? 1f : values[Math.min(values.length - 1, (int) (0.9 * values.length))];
        }
        return new ForecastModel(model.statusEffects(), model.attributeEffects(), model.changeAttributes(),
                model.trees(), ab[0], ab[1], median, p90, model.clockZone());
    }

    /**
     * Logistic regression of the label on the score (Newton's method), with Platt's smoothed targets
     * ((positives + 1) / (positives + 2) and 1 / (negatives + 2)) and a Gaussian prior of strength
     * {@link #CALIBRATION_PRIOR} towards slope 1 and intercept 0, the trees' own probabilities. A negative slope
     * (a ranking turned upside down on the calibration set) is not believed: the slope is then 0 and the intercept
     * gives the calibration set's smoothed rate.
     */
    static double[] plattFit(double[] scores, boolean[] labels) {
        int positives = 0;
        for (boolean label : labels) {
            positives += label ? 1 : 0;
        }
        int negatives = labels.length - positives;
        double high = (positives + 1d) / (positives + 2d);
        double low = 1d / (negatives + 2d);
        double a = 1;
        double b = 0;
        double lambda = CALIBRATION_PRIOR;
        for (int iteration = 0; iteration < 100; iteration++) {
            double ga = lambda * (a - 1);
            double gb = lambda * b;
            double haa = lambda;
            double hab = 0;
            double hbb = lambda;
            for (int i = 0; i < scores.length; i++) {
                double p = 1 / (1 + Math.exp(-(a * scores[i] + b)));
                double r = p - (labels[i] ? high : low);
                double w = p * (1 - p);
                ga += r * scores[i];
                gb += r;
                haa += w * scores[i] * scores[i];
                hab += w * scores[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (det <= 1e-12) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-9) {
                break;
            }
        }
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return new double[]{1, 0};
        }
        if (a < 0) {
            double rate = labels.length == 0 ? 0.5 : (positives + 1d) / (labels.length + 2d);
            return new double[]{0, Math.log(rate / (1 - rate))};
        }
        return new double[]{a, b};
    }
}
