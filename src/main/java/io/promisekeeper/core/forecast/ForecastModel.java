package io.promisekeeper.core.forecast;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained lateness model: attribute effects, boosted trees over the feature vector, a calibration map
 * from tree score to probability, and remaining-time quantiles per probability band. Immutable; bind it
 * to a log's schema with {@link LatenessForecaster}.
 *
 * @param clockZone the zone its hour-of-day and day-of-week features were read in; forecasts read them in the same
 */
public record ForecastModel(EffectTable statusEffects, List<EffectTable> attributeEffects,
                            List<String> changeAttributes, BoostedTrees trees, double calibrationSlope,
                            double calibrationIntercept, float[] medianRemainingShare,
                            float[] p90RemainingShare, ZoneId clockZone) {
    /** Bytes that open every serialised model ("PKFM"). */
    public static final int MAGIC = 0x504B464D;
    /** Version of the byte format written by {@link #toBytes()}. */
    public static final int FORMAT_VERSION = 2;
    /** The format before models kept their clock zone; read as UTC, the zone they were trained in. */
    private static final int UTC_FORMAT_VERSION = 1;
    /** Probability bands of the remaining-time quantiles. */
    public static final int BANDS = 10;

    public ForecastModel {
        attributeEffects = List.copyOf(attributeEffects);
        changeAttributes = List.copyOf(changeAttributes);
        clockZone = clockZone == null ? ZoneOffset.UTC : clockZone;
    }

    /** A model whose clock features are in UTC. */
    public ForecastModel(EffectTable statusEffects, List<EffectTable> attributeEffects, List<String> changeAttributes,
                         BoostedTrees trees, double calibrationSlope, double calibrationIntercept,
                         float[] medianRemainingShare, float[] p90RemainingShare) {
        this(statusEffects, attributeEffects, changeAttributes, trees, calibrationSlope, calibrationIntercept,
                medianRemainingShare, p90RemainingShare, ZoneOffset.UTC);
    }

    /** Calibrated probability for a tree score. */
    public double probability(double score) {
        double p = 1 / (1 + Math.exp(-(calibrationSlope * score + calibrationIntercept)));
        return Math.min(1 - ForecastTrainer.PROBABILITY_FLOOR, Math.max(ForecastTrainer.PROBABILITY_FLOOR, p));
    }

    static int band(double probability) {
        return Math.min(BANDS - 1, Math.max(0, (int) (probability * BANDS)));
    }

    /** Serialises the model with its format version. */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeUTF(clockZone.getId());
            writeTable(out, statusEffects);
            out.writeInt(attributeEffects.size());
            for (EffectTable table : attributeEffects) {
                writeTable(out, table);
            }
            out.writeInt(changeAttributes.size());
            for (String name : changeAttributes) {
                out.writeUTF(name);
            }
            out.writeInt(trees.depth());
            out.writeDouble(trees.bias());
            writeInts(out, trees.features());
            writeFloats(out, trees.thresholds());
            writeFloats(out, trees.leaves());
            out.writeDouble(calibrationSlope);
            out.writeDouble(calibrationIntercept);
            writeFloats(out, medianRemainingShare);
            writeFloats(out, p90RemainingShare);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads a model written by {@link #toBytes()}; rejects other formats and versions. */
    public static ForecastModel fromBytes(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a Promise Keeper forecast model");
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION && version != UTC_FORMAT_VERSION) {
                throw new IllegalArgumentException("forecast model format version " + version
                        + " is not supported (expected " + FORMAT_VERSION + ")");
            }
            ZoneId zone = version == UTC_FORMAT_VERSION ? ZoneOffset.UTC : zone(in.readUTF());
            EffectTable status = readTable(in);
            int attributeCount = in.readInt();
            List<EffectTable> attributes = new ArrayList<>(attributeCount);
            for (int i = 0; i < attributeCount; i++) {
                attributes.add(readTable(in));
            }
            int changeCount = in.readInt();
            List<String> changes = new ArrayList<>(changeCount);
            for (int i = 0; i < changeCount; i++) {
                changes.add(in.readUTF());
            }
            int depth = in.readInt();
            double bias = in.readDouble();
            BoostedTrees trees = new BoostedTrees(depth, bias, readInts(in), readFloats(in), readFloats(in));
            double slope = in.readDouble();
            double intercept = in.readDouble();
            return new ForecastModel(status, attributes, changes, trees, slope, intercept, readFloats(in),
                    readFloats(in), zone);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated or damaged forecast model", e);
        }
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("forecast model names an unknown clock zone", e);
        }
    }

    private static void writeTable(DataOutputStream out, EffectTable table) throws IOException {
        out.writeUTF(table.attribute());
        out.writeInt(table.values().size());
        for (int i = 0; i < table.values().size(); i++) {
            writeLongString(out, table.values().get(i));
            out.writeFloat(table.effects()[i]);
            out.writeInt(table.observations()[i]);
        }
    }

    private static EffectTable readTable(DataInputStream in) throws IOException {
        String attribute = in.readUTF();
        int size = in.readInt();
        List<String> values = new ArrayList<>(size);
        float[] effects = new float[size];
        int[] observations = new int[size];
        for (int i = 0; i < size; i++) {
            values.add(readLongString(in));
            effects[i] = in.readFloat();
            observations[i] = in.readInt();
        }
        return new EffectTable(attribute, values, effects, observations);
    }

    // writeUTF stops at 64 KB; attribute values from logs can be longer.
    private static void writeLongString(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readLongString(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    private static float[] readFloats(DataInputStream in) throws IOException {
        float[] values = new float[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }
}
