package io.promisekeeper.core.learning;

import io.promisekeeper.core.backtest.ForecastChoice;
import io.promisekeeper.core.forecast.ForecastModel;
import io.promisekeeper.core.forecast.LogSchema;
import io.promisekeeper.core.forecast.ValueDictionary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A forecast model together with everything needed to use it later on another node: the schema whose value codes
 * it was trained in, when it was trained, on how many tickets, and the promise target of each segment.
 *
 * @param segmentTargets per segment, the promise horizon the training gave its tickets (80th percentile of their
 *                       resolution times)
 * @param choice         the self-validation of this training run: whether the model beat the fixed timer on the
 *                       most recent tickets, with the figures; the model is used only when it did
 */
public record TrainedForecast(ForecastModel model, LogSchema schema, Instant trainedAt, int ticketCount,
                              Map<String, Duration> segmentTargets, ForecastChoice choice) {
    /** Bytes that open every serialised trained forecast ("PKTF"). */
    public static final int MAGIC = 0x504B5446;
    /** Version of the byte format written by {@link #toBytes()}. */
    public static final int FORMAT_VERSION = 2;

    public TrainedForecast {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(trainedAt, "trainedAt");
        Objects.requireNonNull(choice, "choice");
        segmentTargets = java.util.Collections.unmodifiableMap(new TreeMap<>(segmentTargets));
    }

    /** Serialises the forecast with its format version; the model keeps its own version inside. */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeLong(trainedAt.toEpochMilli());
            out.writeInt(ticketCount);
            out.writeInt(segmentTargets.size());
            for (Map.Entry<String, Duration> target : segmentTargets.entrySet()) {
                writeString(out, target.getKey());
                out.writeLong(target.getValue().toMillis());
            }
            writeChoice(out, choice);
            writeDictionary(out, schema.statuses());
            out.writeInt(schema.attributeCount());
            for (int a = 0; a < schema.attributeCount(); a++) {
                writeString(out, schema.attributeName(a));
                writeDictionary(out, schema.values(a));
            }
            byte[] model = this.model.toBytes();
            out.writeInt(model.length);
            out.write(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a forecast written by {@link #toBytes()}.
     *
     * @throws IllegalArgumentException for anything else: other data, another format version, damaged bytes
     */
    public static TrainedForecast fromBytes(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (data.length < 8 || in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a Promise Keeper trained forecast");
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION) {
                throw new IllegalArgumentException("trained forecast format version " + version
                        + " is not supported (expected " + FORMAT_VERSION + "); the next training replaces it");
            }
            Instant trainedAt = Instant.ofEpochMilli(in.readLong());
            int ticketCount = in.readInt();
            int segments = in.readInt();
            Map<String, Duration> targets = new TreeMap<>();
            for (int i = 0; i < segments; i++) {
                targets.put(readString(in), Duration.ofMillis(in.readLong()));
            }
            ForecastChoice choice = readChoice(in);
            LogSchema schema = new LogSchema();
            readDictionary(in, schema.statuses());
            int attributes = in.readInt();
            for (int a = 0; a < attributes; a++) {
                int index = schema.attribute(readString(in));
                readDictionary(in, schema.values(index));
            }
            int length = in.readInt();
            if (length < 0 || length > in.available()) {
                throw new IOException("model length " + length + " runs past the end");
            }
            byte[] model = new byte[length];
            in.readFully(model);
            return new TrainedForecast(ForecastModel.fromBytes(model), schema, trainedAt, ticketCount, targets, choice);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated or damaged trained forecast", e);
        }
    }

    private static void writeChoice(DataOutputStream out, ForecastChoice choice) throws IOException {
        writeString(out, choice.chosen().name());
        writeString(out, choice.reason().name());
        out.writeInt(choice.holdoutTickets());
        out.writeInt(choice.holdoutBreaches());
        out.writeDouble(choice.gain());
        out.writeDouble(choice.falsePerBreach());
        out.writeDouble(choice.brier());
        out.writeDouble(choice.baseRateBrier());
        out.writeDouble(choice.target());
    }

    private static ForecastChoice readChoice(DataInputStream in) throws IOException {
        try {
            ForecastChoice.Policy chosen = ForecastChoice.Policy.valueOf(readString(in));
            ForecastChoice.Reason reason = ForecastChoice.Reason.valueOf(readString(in));
            return new ForecastChoice(chosen, reason, in.readInt(), in.readInt(), in.readDouble(), in.readDouble(),
                    in.readDouble(), in.readDouble(), in.readDouble());
        } catch (IllegalArgumentException unknown) {
            throw new IOException("unknown validation outcome: " + unknown.getMessage(), unknown);
        }
    }

    // Codes are positions: writing the values in code order and interning them back in that order keeps every code.
    private static void writeDictionary(DataOutputStream out, ValueDictionary dictionary) throws IOException {
        out.writeInt(dictionary.size() - 1);
        for (int code = 1; code < dictionary.size(); code++) {
            writeString(out, dictionary.value(code));
        }
    }

    private static void readDictionary(DataInputStream in, ValueDictionary dictionary) throws IOException {
        int size = in.readInt();
        for (int i = 0; i < size; i++) {
            dictionary.intern(readString(in));
        }
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("string length " + length + " runs past the end");
        }
        byte[] utf8 = new byte[length];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
