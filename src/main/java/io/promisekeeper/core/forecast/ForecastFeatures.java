package io.promisekeeper.core.forecast;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * The feature vector of a ticket at one moment: clock features relative to the promise horizon, how the
 * ticket has moved so far, and the learnt effect of each current attribute value. Shared by training and
 * forecasting so that both see exactly the same thing.
 */
public final class ForecastFeatures {
    /** Names of the clock and movement features, in vector order. */
    static final String[] NUMERIC = {
        "elapsed share of horizon", "time in status share", "idle share", "status changes", "events",
        "attribute changes", "horizon hours", "elapsed hours", "hour of day", "day of week", "idle hours",
        "since attribute change share"
    };
    static final int ENCODED_START = NUMERIC.length;
    private static final double HOUR = 3_600_000d;
    private static final long DAY = 86_400_000L;

    private ForecastFeatures() {
    }

    static int size(int encodedAttributes, int changeAttributes) {
        return NUMERIC.length + 1 + encodedAttributes + changeAttributes;
    }

    /**
     * Fills {@code out}. {@code statusEffect} and {@code effects[i]} map value codes to learnt effects;
     * {@code encodedIndex[i]} is the schema index of encoded attribute i (−1 when the log lacks it).
     */
    static void fill(TicketCursor cursor, long horizon, long now, ZoneRules clock, float[] statusEffect,
                     float[][] effects, int[] encodedIndex, int[] changeIndex, float[] out) {
        double h = Math.max(1, horizon);
        long opened = cursor.ticket().opened();
        long elapsed = now - opened;
        long idle = now - cursor.lastUpdate();
        out[0] = (float) (elapsed / h);
        out[1] = (float) ((now - cursor.statusSince()) / h);
        out[2] = (float) (idle / h);
        out[3] = cursor.statusChanges();
        out[4] = cursor.seen();
        out[5] = cursor.valueChanges();
        out[6] = (float) (horizon / HOUR);
        out[7] = (float) (elapsed / HOUR);
        // Hour and weekday on the team's wall clock (the business calendar's zone): 09:00 Monday is the start of
        // the week's work wherever the server runs. Epoch day 0 was a Thursday, so +3 makes Monday 0.
        long local = now + offsetMillis(clock, now);
        out[8] = Math.floorMod(local, DAY) / 3_600_000L;
        out[9] = Math.floorMod(Math.floorDiv(local, DAY) + 3, 7L);
        out[10] = (float) (idle / HOUR);
        out[11] = (float) ((now - Math.max(opened, cursor.lastChange())) / h);
        int at = ENCODED_START;
        out[at++] = effect(statusEffect, cursor.status());
        for (int i = 0; i < encodedIndex.length; i++) {
            int attribute = encodedIndex[i];
            out[at++] = attribute < 0 ? 0f : effect(effects[i], cursor.value(attribute));
        }
        for (int attribute : changeIndex) {
            out[at++] = attribute < 0 ? 0f : cursor.changes(attribute);
        }
    }

    private static long offsetMillis(ZoneRules clock, long now) {
        ZoneOffset offset = clock.isFixedOffset() ? clock.getOffset(Instant.EPOCH)
                : clock.getOffset(Instant.ofEpochMilli(now));
        return offset.getTotalSeconds() * 1000L;
    }

    private static float effect(float[] table, int code) {
        return code < table.length ? table[code] : 0f;
    }

    /** Share-of-horizon bucket (0..20) used to centre effects on the base rate at that point of the clock. */
    static int bucket(long elapsed, long horizon) {
        if (elapsed < 0) {
            return 0;
        }
        double share = elapsed / (double) Math.max(1, horizon);
        return (int) Math.min(PromisedTicket.CHECKS, Math.floor(share * PromisedTicket.CHECKS));
    }
}
