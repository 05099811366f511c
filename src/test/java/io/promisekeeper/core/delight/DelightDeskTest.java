package io.promisekeeper.core.delight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A done gesture is noted on its ticket once; a refused or dismissed one is not. */
class DelightDeskTest {
    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    private final InMemoryDelightActions store = new InMemoryDelightActions();
    private final List<DelightAction> noted = new ArrayList<>();
    private final DelightDesk desk = new DelightDesk(store, noted::add, Clock.fixed(T, ZoneOffset.UTC));

    @Test
    void aDoneGestureIsNotedOnceWithItsNote() {
        long id = suggest("personal-call");
        desk.done(id, "Called, all fine", "agent");
        assertThatThrownBy(() -> desk.done(id, "again", "agent")).isInstanceOf(InvalidDelightAct.class);
        assertThat(noted).hasSize(1);
        assertThat(noted.get(0).doneNote()).isEqualTo("Called, all fine");
        assertThat(noted.get(0).state()).isEqualTo(DelightState.DONE);
    }

    @Test
    void dismissedSnoozedAndRefusedGesturesAreNotNoted() {
        long dismissed = suggest("thank-you-note");
        long snoozed = suggest("long-wait-check-in");
        desk.dismiss(dismissed, DismissReason.ALREADY_DONE, "", "agent");
        desk.snooze(snoozed, T.plusSeconds(3600), "agent");
        assertThatThrownBy(() -> desk.done(snoozed, "too early", "agent")).isInstanceOf(InvalidDelightAct.class);
        assertThatThrownBy(() -> desk.done(suggest("goodwill-gesture"), "x".repeat(DelightAction.MAX_NOTE + 1),
                "agent")).isInstanceOf(InvalidDelightAct.class);
        assertThat(noted).isEmpty();
    }

    @Test
    void anActOnAVersionTheAgentDidNotSeeConflictsAndChangesNothing() {
        long id = suggest("personal-call");
        desk.snooze(id, 1, T.plusSeconds(60), "ben");
        assertThatThrownBy(() -> desk.dismiss(id, 1, DismissReason.OTHER, "late", "anna"))
                .isInstanceOf(DelightConflict.class);
        assertThat(store.find(id).orElseThrow().state()).isEqualTo(DelightState.SNOOZED);
        assertThat(noted).isEmpty();
    }

    private long suggest(String gesture) {
        DelightAction a = DelightAction.suggested("SD-1", "customer", "SD", gesture, "rule", "ticket:SD-1:x#1|" + gesture,
                "why", 0, T.minusSeconds(60));
        return store.suggest(a, new DelightClaim(a.subject(), "customer|" + gesture, null)).orElseThrow().id();
    }
}
