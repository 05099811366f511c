package io.promisekeeper.core.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PromiseStatusTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private static Promise open() {
        return Promise.open("SD-1", "Call back", PromiseKind.CALLBACK, T0.plusSeconds(3600), "default", "anna", T0,
                Channel.PHONE, PromiseSource.AGENT).stored(7, 1);
    }

    @Test
    void openCanBeSettledEveryWay() {
        assertThat(PromiseStatus.OPEN.successors()).containsExactlyInAnyOrder(
                PromiseStatus.KEPT, PromiseStatus.BROKEN, PromiseStatus.RENEGOTIATED, PromiseStatus.CANCELLED);
        assertThat(PromiseStatus.BROKEN.successors()).containsExactly(PromiseStatus.RENEGOTIATED);
        assertThat(PromiseStatus.KEPT.isFinal()).isTrue();
        assertThat(PromiseStatus.CANCELLED.isFinal()).isTrue();
        assertThat(PromiseStatus.RENEGOTIATED.isFinal()).isTrue();
    }

    @Test
    void keptPromiseCannotBeBroken() {
        Promise kept = open().keep("anna", T0, "called");
        assertThatThrownBy(() -> kept.markBroken("bob", T0, "late"))
                .isInstanceOf(IllegalPromiseTransition.class)
                .hasMessage("promise 7 is KEPT and cannot be BROKEN");
    }

    @Test
    void onlyOpenPromisesCanBeEdited() {
        Promise cancelled = open().cancel("anna", T0, "logged twice");
        assertThatThrownBy(() -> cancelled.edit("anna", T0, "x", null, null, null, null))
                .isInstanceOf(IllegalPromiseTransition.class)
                .hasMessageContaining("CANCELLED and cannot be edited");
    }

    @Test
    void transitionsAppendHistoryAndNeverRewriteIt() {
        Promise p = open();
        Promise kept = p.keep("anna", T0.plusSeconds(60), "called");
        assertThat(kept.history()).hasSize(2);
        assertThat(kept.history().get(0)).isEqualTo(p.history().get(0));
        assertThat(kept.lastChange().type()).isEqualTo(ChangeType.KEPT);
        assertThat(p.status()).isEqualTo(PromiseStatus.OPEN);
        assertThatThrownBy(() -> kept.history().add(kept.lastChange()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void invalidInputNamesEveryBadField() {
        assertThatThrownBy(() -> Promise.open("nope", " ", null, null, "", "anna", T0, null, PromiseSource.AGENT))
                .isInstanceOfSatisfying(InvalidPromise.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("ticketKey", "text", "kind", "due", "calendarId", "channel"));
    }

    @Test
    void textLimitCountsCharactersNotBytes() {
        String emoji = "\uD83D\uDE00".repeat(1000);
        assertThat(Promise.checkText(emoji)).isEmpty();
        assertThat(Promise.checkText("a".repeat(1001)))
                .containsExactly(new FieldError("text", "is 1001 characters, at most 1000 allowed"));
    }
}
