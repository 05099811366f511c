package io.promisekeeper.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.Calendars;
import io.promisekeeper.core.calendar.DuePhrases;
import io.promisekeeper.core.promise.PromiseKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
    void aClockTimeAlreadyPassedTodayIsPromisedForTheNextWorkingDay() {
        Instant evening = Instant.parse("2026-03-09T18:00:00Z");
        assertThat(detector.detect("I'll call you at 10:00 today.", evening, office))
                .singleElement().satisfies(d -> assertThat(d.due()).isEqualTo("2026-03-10T09:00:00Z"));
    }

    @Test
    void aPastReportIsNotSuggested() {
        Instant evening = Instant.parse("2026-03-09T18:00:00Z");
        assertThat(detector.detect("We fixed it this morning.", evening, office)).isEmpty();
    }

    // One case per kind of failure the issue-15 review found (written for this test, not taken from a data set).
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "As promised yesterday I looked into it; I will send you the patch by Friday.|DELIVERY|2026-03-13T16:00:00Z",
            "Will call you back at 3pm.|CALLBACK|2026-03-09T14:00:00Z",
            "Let me get back to you by Thursday.|UPDATE|2026-03-12T16:00:00Z",
            "Ik neem morgen contact met u op.|UPDATE|2026-03-10T16:00:00Z",
            "Wij sturen u vrijdag de offerte toe.|DELIVERY|2026-03-13T16:00:00Z",
            "Ik los het morgen op.|RESOLUTION|2026-03-10T16:00:00Z",
            "Wij lossen het v\u00f3\u00f3r 12 uur op.|RESOLUTION|2026-03-09T11:00:00Z",
            "Ik bel u binnen e\u0301e\u0301n uur.|CALLBACK|2026-03-09T10:15:00Z",
            "I\u00b4ll ring you at 4.|CALLBACK|2026-03-09T15:00:00Z",
            "We will replace the drive within 48 hours.|DELIVERY|2026-03-11T09:15:00Z",
            "Binnen 2 x 24 uur ontvangt u de onderdelen.|DELIVERY|2026-03-11T09:15:00Z",
            "The engineer will be with you tomorrow between 9 and 11.|VISIT|2026-03-10T10:00:00Z"})
    void findsTheFormsTheReviewMissed(String comment, PromiseKind kind, Instant due) {
        assertThat(detector.detect(comment, WRITTEN, office)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(kind);
            assertThat(d.due()).isEqualTo(due);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I called you yesterday and left a message.",
            "Ik heb u donderdag gebeld.",
            "We usually respond within 4 hours.",
            "Wij reageren doorgaans binnen 2 werkdagen.",
            "We answer every request within one working day.",
            "I won't be able to visit on Friday.",
            "We only deliver on Tuesdays."})
    void pastReportsHabitsAndRefusalsAreNotPromises(String comment) {
        assertThat(detector.detect(comment, WRITTEN, office)).isEmpty();
    }
}
