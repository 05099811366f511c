package io.promisekeeper.core.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Objects;

/**
 * The hours of the customer's local day in which no notice reaches them, {@code start} inclusive to {@code end}
 * exclusive; {@code 22:00–07:00} spans midnight. Equal start and end means no quiet hours.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    /** Longest quiet period: a customer stays reachable at least four hours a day. */
    public static final Duration MAX_LENGTH = Duration.ofHours(20);

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (length(start, end).compareTo(MAX_LENGTH) > 0) {
            throw new IllegalArgumentException("quiet hours " + start + "–" + end + " are longer than 20 hours");
        }
    }

    /** How long the quiet period lasts on a day without a clock change. */
    public Duration length() {
        return length(start, end);
    }

    private static Duration length(LocalTime start, LocalTime end) {
        Duration d = Duration.between(start, end);
        return d.isNegative() ? d.plusDays(1) : d;
    }

    /** No quiet hours at all. */
    public static QuietHours none() {
        return new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    /** Whether {@code at} falls in quiet hours on the customer's clock in {@code zone}. */
    public boolean contains(Instant at, ZoneId zone) {
        if (start.equals(end)) {
            return false;
        }
        LocalTime local = at.atZone(zone).toLocalTime();
        if (start.isBefore(end)) {
            return !local.isBefore(start) && local.isBefore(end);
        }
        return !local.isBefore(start) || local.isBefore(end);
    }

    /**
     * {@code at} when it lies outside quiet hours, else the moment this quiet period ends: the first later instant
     * outside them. Around a clock change that is the change itself when it jumps over the end time.
     */
    public Instant releaseAfter(Instant at, ZoneId zone) {
        if (!contains(at, zone)) {
            return at;
        }
        ZoneRules rules = zone.getRules();
        Instant best = null;
        LocalDate today = at.atZone(zone).toLocalDate();
        for (LocalDate d = today.minusDays(1); !d.isAfter(today.plusDays(2)); d = d.plusDays(1)) {
            LocalDateTime endLocal = LocalDateTime.of(d, end);
            var offsets = rules.getValidOffsets(endLocal);
            if (offsets.isEmpty()) {
                // The end time does not exist that day (clocks jumped over it): quiet ends at the jump.
                best = earlier(best, rules.getTransition(endLocal).getInstant(), at, zone);
            }
            for (ZoneOffset offset : offsets) {
                best = earlier(best, endLocal.toInstant(offset), at, zone);
            }
        }
        // A clock change can also leave quiet hours by itself; offer every change in reach as a candidate.
        ZoneOffsetTransition next = rules.nextTransition(at);
        while (next != null && next.getInstant().isBefore(at.plus(Duration.ofDays(3)))) {
            best = earlier(best, next.getInstant(), at, zone);
            next = rules.nextTransition(next.getInstant());
        }
        if (best == null) {
            throw new IllegalStateException("quiet hours " + this + " never end in " + zone);
        }
        return best;
    }

    private Instant earlier(Instant best, Instant candidate, Instant at, ZoneId zone) {
        if (!candidate.isAfter(at) || contains(candidate, zone)) {
            return best;
        }
        return best == null || candidate.isBefore(best) ? candidate : best;
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
