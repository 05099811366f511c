package io.promisekeeper.cli.log;

import io.promisekeeper.core.forecast.TicketHistory;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeParserTest {
    private final TimeParser parser = new TimeParser(null);

    @Test
    void readsDayMonthYearAsUtc() {
        assertThat(parser.parse("29/2/2016 01:16")).isEqualTo(millis("2016-02-29T01:16:00Z"));
        assertThat(parser.parse("5/3/2016 12:00:30")).isEqualTo(millis("2016-03-05T12:00:30Z"));
    }

    @Test
    void readsIsoWithAndWithoutZone() {
        assertThat(parser.parse("2016-03-05T12:00:00Z")).isEqualTo(millis("2016-03-05T12:00:00Z"));
        assertThat(parser.parse("2016-03-05T12:00:00")).isEqualTo(millis("2016-03-05T12:00:00Z"));
        assertThat(parser.parse("2016-03-05 12:00:00")).isEqualTo(millis("2016-03-05T12:00:00Z"));
        assertThat(parser.parse("2012-04-03T16:55:38.000+02:00")).isEqualTo(millis("2012-04-03T14:55:38Z"));
        assertThat(parser.parse("2024-01-15T10:00:00.000+0100")).isEqualTo(millis("2024-01-15T09:00:00Z"));
        assertThat(parser.parse("2016-03-05")).isEqualTo(millis("2016-03-05T00:00:00Z"));
    }

    @Test
    void missingMarkersAreUnknown() {
        for (String missing : new String[]{"", "?", "null", "  ", "N/A"}) {
            assertThat(parser.parse(missing)).isEqualTo(TicketHistory.UNKNOWN);
        }
    }

    @Test
    void patternsAreJavaTimePatterns() {
        assertThat(new TimeParser("dd.MM.yyyy HH:mm").parse("05.03.2016 12:00")).isEqualTo(millis("2016-03-05T12:00:00Z"));
        assertThat(new TimeParser("yyyy-MM-dd HH:mmXXX").parse("2016-03-05 12:00+01:00")).isEqualTo(millis("2016-03-05T11:00:00Z"));
        assertThatThrownBy(() -> new TimeParser("dd.MM.yyyy").parse("2016-03-05"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2016-03-05");
    }

    @Test
    void nonsenseAndImpossibleDatesAreRejected() {
        assertThatThrownBy(() -> parser.parse("soon")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("soon");
        assertThatThrownBy(() -> parser.parse("30/2/2016 10:00")).hasMessageContaining("impossible date");
    }

    private static long millis(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }
}
