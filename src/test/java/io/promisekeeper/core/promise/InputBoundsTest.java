package io.promisekeeper.core.promise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InputBoundsTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void momentsOutsideOneYearBackToFiveYearsAheadAreRefusedNamingTheField() {
        assertThat(InputBounds.moment("due", NOW.plus(InputBounds.FUTURE), NOW)).isEmpty();
        assertThat(InputBounds.moment("due", NOW.minus(InputBounds.PAST), NOW)).isEmpty();
        assertThat(InputBounds.moment("due", NOW.plus(InputBounds.FUTURE).plusSeconds(1), NOW))
                .extracting(FieldError::field).containsExactly("due");
        assertThat(InputBounds.moment("until", Instant.parse("+10000-01-01T00:00:00Z"), NOW))
                .extracting(FieldError::field).containsExactly("until");
        assertThat(InputBounds.moment("due", NOW.minus(InputBounds.PAST).minusSeconds(1), NOW)).hasSize(1);
        assertThat(InputBounds.moment("due", null, NOW)).isEmpty();
    }

    @Test
    void datesOutsideTheWindowAreRefusedEvenAtTheEndsOfTheCalendar() {
        LocalDate today = LocalDate.of(2026, 3, 2);
        assertThat(InputBounds.date("from", LocalDate.parse("+999999999-12-01"), today))
                .extracting(FieldError::field).containsExactly("from");
        assertThat(InputBounds.date("to", LocalDate.MIN, today)).extracting(FieldError::field).containsExactly("to");
        assertThat(InputBounds.date("to", today.minusDays(366), today)).isEmpty();
        assertThat(InputBounds.date("to", today.minusDays(367), today)).hasSize(1);
        assertThat(InputBounds.date("to", today.plusDays(5 * 366), today)).isEmpty();
    }

    @Test
    void textsAreCheckedForLengthControlCharactersAndVisibleContent() {
        assertThat(InputBounds.text("note", "a".repeat(500), 500, false)).isEmpty();
        assertThat(InputBounds.text("note", "a".repeat(501), 500, false))
                .singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("note");
                    assertThat(e.message()).contains("501").contains("500");
                });
        // Counted as a person counts: one emoji is one character.
        assertThat(InputBounds.text("text", "\uD83D\uDE00".repeat(10), 10, true)).isEmpty();
        assertThat(InputBounds.text("text", "call\u0000back", 100, true)).extracting(FieldError::message)
                .containsExactly("must not contain control characters");
        assertThat(InputBounds.text("text", "bell\u0007", 100, true)).hasSize(1);
        assertThat(InputBounds.text("text", "two\nlines\tand a tab\r\n", 100, true)).isEmpty();
        assertThat(InputBounds.text("text", "\u200B\u200C\u200D\uFEFF \u2060", 100, true)).extracting(FieldError::message)
                .containsExactly("must contain visible text, not only invisible characters");
        assertThat(InputBounds.text("text", "ok\u200B", 100, true)).isEmpty();
        assertThat(InputBounds.text("text", "  ", 100, true)).extracting(FieldError::message)
                .containsExactly("must not be blank");
        assertThat(InputBounds.text("note", null, 100, false)).isEmpty();
    }

    @Test
    void theWindowIsOneYearBackAndFiveYearsAhead() {
        assertThat(InputBounds.PAST).isEqualTo(Duration.ofDays(366));
        assertThat(InputBounds.FUTURE).isEqualTo(Duration.ofDays(1830));
    }
}
