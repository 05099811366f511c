package io.promisekeeper.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void spansMidnightInTheCustomersZone() {
        QuietHours night = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

        assertThat(night.contains(Instant.parse("2026-01-10T19:59:00Z"), AMSTERDAM)).isFalse(); // 20:59
        assertThat(night.contains(Instant.parse("2026-01-10T20:00:00Z"), AMSTERDAM)).isTrue(); // 21:00
        assertThat(night.releaseAfter(Instant.parse("2026-01-10T20:00:00Z"), AMSTERDAM))
                .isEqualTo(Instant.parse("2026-01-11T07:00:00Z"));
        assertThat(night.contains(Instant.parse("2026-01-10T20:00:00Z"), ZoneId.of("America/New_York"))).isFalse();
    }

    @Test
    void anEndTimeTheClocksSkipReleasesAtTheJump() {
        // 29 March 2026: Amsterdam jumps from 02:00 to 03:00; 02:30 does not exist.
        QuietHours q = new QuietHours(LocalTime.of(23, 0), LocalTime.of(2, 30));

        assertThat(q.releaseAfter(Instant.parse("2026-03-28T23:30:00Z"), AMSTERDAM))
                .isEqualTo(Instant.parse("2026-03-29T01:00:00Z")); // 03:00 CEST
    }

    @Test
    void anEndTimeThatHappensTwiceReleasesAtTheFirst() {
        // 25 October 2026: Amsterdam goes from 03:00 back to 02:00; 02:30 happens twice.
        QuietHours q = new QuietHours(LocalTime.of(23, 0), LocalTime.of(2, 30));

        assertThat(q.releaseAfter(Instant.parse("2026-10-24T23:00:00Z"), AMSTERDAM))
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z")); // 02:30 CEST
        // Back at 02:00 CET it is quiet again, until 02:30 CET.
        assertThat(q.releaseAfter(Instant.parse("2026-10-25T01:05:00Z"), AMSTERDAM))
                .isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
    }

    @Test
    void refusesQuietHoursThatLeaveTooLittleOfTheDay() {
        assertThatThrownBy(() -> new QuietHours(LocalTime.of(8, 0), LocalTime.of(6, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(QuietHours.none().contains(Instant.parse("2026-01-10T20:00:00Z"), AMSTERDAM)).isFalse();
    }
}
