package io.promisekeeper.core.learning;

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
 */
public record TrainedForecast(ForecastModel model, LogSchema schema, Instant trainedAt, int ticketCount,
                              Map<String, Duration> segmentTargets) {
    /** Bytes that open every serialised trained forecast ("PKTF"). */
    public static final int MAGIC = 0x504B5446;
    /** Version of the byte format written by {@link #toBytes()}. */
    public static final int FORMAT_VERSION = 1;

    public TrainedForecast {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(trainedAt, "trainedAt");
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
            return new TrainedForecast(ForecastModel.fromBytes(model), schema, trainedAt, ticketCount, targets);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated or damaged trained forecast", e);
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
