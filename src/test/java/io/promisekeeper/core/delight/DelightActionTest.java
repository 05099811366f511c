package io.promisekeeper.core.delight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promisekeeper.core.promise.FieldError;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The lifecycle of one suggestion: what an agent may do when, and what each act records. */
class DelightActionTest {
    private static final Instant T = Instant.parse("2026-03-04T10:00:00Z");
    private final DelightAction open = DelightAction.suggested("SD-1", "cust-1", "SD", "personal-call", "r1",
            "promise:1:broken#1", "promise broken yesterday", 0, T).stored(7, 1);

    @Test
    void doneRecordsNoteAgentAndTimeToAct() {
        DelightAction done = open.done("  Called, she was glad  ", "anna", T.plus(Duration.ofHours(3)));

        assertThat(done.state()).isEqualTo(DelightState.DONE);
        assertThat(done.doneNote()).isEqualTo("Called, she was glad");
        assertThat(done.actedBy()).isEqualTo("anna");
        assertThat(done.timeToAct()).contains(Duration.ofHours(3));
        assertThat(done.version()).isEqualTo(1);
        assertThat(open.timeToAct()).isEmpty();
    }

    @Test
    void nothingCanBeDoneTwiceAndTheErrorNamesTheState() {
        DelightAction done = open.done("", "anna", T);

        assertThatThrownBy(() -> done.done("", "bob", T)).isInstanceOf(InvalidDelightAct.class)
                .satisfies(e -> assertThat(((InvalidDelightAct) e).errors())
                        .containsExactly(new FieldError("state", "this suggestion is already done")));
        assertThatThrownBy(() -> done.dismiss(DismissReason.NOT_APPROPRIATE, "", "bob", T))
                .isInstanceOf(InvalidDelightAct.class);
        assertThatThrownBy(() -> done.snooze(T.plusSeconds(60), "bob", T)).isInstanceOf(InvalidDelightAct.class);
    }

    @Test
    void dismissNeedsAReasonAndWordsForOther() {
        assertThat(errorField(() -> open.dismiss(null, "", "anna", T))).isEqualTo("reason");
        assertThat(errorField(() -> open.dismiss(DismissReason.OTHER, "  ", "anna", T))).isEqualTo("note");
        assertThat(errorField(() -> open.dismiss(DismissReason.TOO_COSTLY, "x".repeat(2001), "anna", T)))
                .isEqualTo("note");

        DelightAction dismissed = open.dismiss(DismissReason.OTHER, "customer asked for no calls", "anna", T);
        assertThat(dismissed.state()).isEqualTo(DelightState.DISMISSED);
        assertThat(dismissed.dismissReason()).isEqualTo(DismissReason.OTHER);
        assertThat(dismissed.dismissNote()).isEqualTo("customer asked for no calls");
        assertThat(dismissed.timeToAct()).contains(Duration.ZERO);
    }

    @Test
    void aSnoozedSuggestionHidesUntilDueAndCanThenBeActedOn() {
        Instant until = T.plus(Duration.ofDays(2));
        DelightAction snoozed = open.snooze(until, "anna", T);

        assertThat(snoozed.isOpenAt(T.plus(Duration.ofDays(1)))).isFalse();
        assertThat(snoozed.isOpenAt(until)).isTrue();
        assertThat(errorField(() -> snoozed.done("", "anna", T.plus(Duration.ofDays(1))))).isEqualTo("state");
        assertThat(snoozed.done("", "anna", until).state()).isEqualTo(DelightState.DONE);
    }

    @Test
    void snoozeMustEndInTheNextThirtyDays() {
        assertThat(errorField(() -> open.snooze(T, "anna", T))).isEqualTo("until");
        assertThat(errorField(() -> open.snooze(null, "anna", T))).isEqualTo("until");
        assertThat(errorField(() -> open.snooze(T.plus(Duration.ofDays(31)), "anna", T))).isEqualTo("until");
        assertThat(errorField(() -> open.snooze(T.plusSeconds(60), " ", T))).isEqualTo("agent");
    }

    private static String errorField(Runnable act) {
        try {
            act.run();
        } catch (InvalidDelightAct e) {
            return e.errors().get(0).field();
        }
        throw new AssertionError("no error");
    }
}
