package io.promisekeeper.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.Calendars;
import io.promisekeeper.core.calendar.DuePhrases;
import io.promisekeeper.core.promise.PromiseKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PromiseDetectorTest {
    // Monday 9 March 2026, 10:15 CET.
    private static final Instant WRITTEN = Instant.parse("2026-03-09T09:15:00Z");
    private final BusinessCalendar office = Calendars.dutchOffice();
    private final PromiseDetector detector = new PromiseDetector(new DuePhrases());

    @Test
    void findsEveryPromiseInAMultiSentenceComment() {
        List<DetectedPromise> found = detector.detect("""
                Hi Jan,

                Thanks for the screenshots. I'll call you back tomorrow before noon.
                Ik stuur u daarna uiterlijk vrijdag een update.
                Kind regards, Anna""", WRITTEN, office);
        assertThat(found).containsExactly(
                new DetectedPromise(PromiseKind.CALLBACK, Instant.parse("2026-03-10T11:00:00Z"),
                        "I'll call you back tomorrow before noon."),
                new DetectedPromise(PromiseKind.UPDATE, Instant.parse("2026-03-13T16:00:00Z"),
                        "Ik stuur u daarna uiterlijk vrijdag een update."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I promised my manager I would finish this by Friday.",
            "I called you yesterday at 3pm.",
            "Can you call me tomorrow?",
            "> I'll call you tomorrow.",
            "{quote}We will fix it by Friday.{quote}",
            "If the part arrives, we'll install it on Tuesday.",
            "The supplier will deliver on Friday.",
            "Ik heb u gisteren gebeld.",
            "Als het lukt, bel ik u morgen.",
            "I'll look into it."})
    void hardNegativesAreNotPromises(String comment) {
        assertThat(detector.detect(comment, WRITTEN, office)).isEmpty();
    }

    @Test
    void aPromiseWhoseTimeHasPassedIsNotSuggested() {
        Instant evening = Instant.parse("2026-03-09T18:00:00Z");
        assertThat(detector.detect("I'll call you at 10:00 today.", evening, office))
                .singleElement().satisfies(d -> assertThat(d.due()).isAfter(evening));
        assertThat(detector.detect("We fixed it this morning.", evening, office)).isEmpty();
    }
}
