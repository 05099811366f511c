package io.promisekeeper.core.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promisekeeper.core.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PromiseLedgerTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private final TestClock clock = new TestClock(T0);
    private final InMemoryPromiseStore store = new InMemoryPromiseStore();
    private final InMemorySuggestionStore suggestions = new InMemorySuggestionStore();
    private final PromiseEvents events = new PromiseEvents();
    private final List<PromiseEvent> heard = new ArrayList<>();
    private PromiseLedger ledger;

    @BeforeEach
    void setUp() {
        events.register(heard::add);
        ledger = new PromiseLedger(store, suggestions, UnitOfWork.direct(), events, clock);
    }

    private NewPromise callback(Instant due) {
        return new NewPromise("SD-12", "  I'll call you back  ", PromiseKind.CALLBACK, due, "default",
                Channel.PHONE, PromiseSource.AGENT);
    }

    @Test
    void logsAnOpenPromiseWithCreatedHistory() {
        Promise p = ledger.log("anna", callback(T0.plus(Duration.ofHours(2))));
        assertThat(p.id()).isPositive();
        assertThat(p.version()).isEqualTo(1);
        assertThat(p.text()).isEqualTo("I'll call you back");
        assertThat(p.status()).isEqualTo(PromiseStatus.OPEN);
        assertThat(p.madeBy()).isEqualTo("anna");
        assertThat(p.madeAt()).isEqualTo(T0);
        assertThat(p.history()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.CREATED);
            assertThat(c.who()).isEqualTo("anna");
        });
        assertThat(ledger.promisesOf("SD-12")).containsExactly(p);
    }

    @Test
    void refusesBadInputNamingFieldsAndWritesNothing() {
        NewPromise bad = new NewPromise("SD-12", "x".repeat(1001), PromiseKind.CALLBACK, T0.minusSeconds(1),
                "default", null, PromiseSource.AGENT);
        assertThatThrownBy(() -> ledger.log("anna", bad))
                .isInstanceOfSatisfying(InvalidPromise.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("text", "channel", "due"));
        assertThat(store.all()).isEmpty();
    }

    @Test
    void missingActorIsAFieldError() {
        assertThatThrownBy(() -> ledger.log(" ", callback(T0.plusSeconds(60))))
                .isInstanceOfSatisfying(InvalidPromise.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("actor"));
    }

    @Test
    void secondWriterWithStaleVersionGetsAConflictAndNothingIsLost() {
        Promise p = ledger.log("anna", callback(T0.plus(Duration.ofHours(2))));
        Promise edited = ledger.edit("anna", p.id(), p.version(),
                new PromiseEdit("Call back about the invoice", null, null, null, null));
        assertThat(edited.version()).isEqualTo(2);

        assertThatThrownBy(() -> ledger.markKept("bob", p.id(), p.version(), null))
                .isInstanceOfSatisfying(VersionConflict.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        Promise now = ledger.promise(p.id());
        assertThat(now.text()).isEqualTo("Call back about the invoice");
        assertThat(now.status()).isEqualTo(PromiseStatus.OPEN);
        assertThat(now.history()).extracting(PromiseChange::type)
                .containsExactly(ChangeType.CREATED, ChangeType.EDITED);
    }

    @Test
    void markKeptAndBrokenPublishEvents() {
        Promise a = ledger.log("anna", callback(T0.plus(Duration.ofHours(2))));
        Promise b = ledger.log("anna", callback(T0.plus(Duration.ofHours(3))));
        Promise kept = ledger.markKept("anna", a.id(), a.version(), "called at 10:00");
        Promise broken = ledger.markBroken("anna", b.id(), b.version(), null);
        assertThat(kept.status()).isEqualTo(PromiseStatus.KEPT);
        assertThat(kept.lastChange().detail()).isEqualTo("called at 10:00");
        assertThat(broken.status()).isEqualTo(PromiseStatus.BROKEN);
        assertThat(heard).hasSize(2);
        assertThat(heard.get(0)).isInstanceOfSatisfying(PromiseKept.class, e -> assertThat(e.automatic()).isFalse());
        assertThat(heard.get(1)).isInstanceOf(PromiseBroken.class);
    }

    @Test
    void illegalTransitionIsRefusedAndChangesNothing() {
        Promise p = ledger.log("anna", callback(T0.plus(Duration.ofHours(2))));
        Promise kept = ledger.markKept("anna", p.id(), p.version(), null);
        assertThatThrownBy(() -> ledger.cancel("anna", p.id(), kept.version(), "mistake"))
                .isInstanceOf(IllegalPromiseTransition.class)
                .hasMessageContaining("KEPT and cannot be CANCELLED");
        assertThat(ledger.promise(p.id())).isEqualTo(kept);
    }

    @Test
    void cancelNeedsAReason() {
        Promise p = ledger.log("anna", callback(T0.plus(Duration.ofHours(2))));
        assertThatThrownBy(() -> ledger.cancel("anna", p.id(), p.version(), ""))
                .isInstanceOfSatisfying(InvalidPromise.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("reason"));
        Promise cancelled = ledger.cancel("anna", p.id(), p.version(), "logged twice");
        assertThat(cancelled.status()).isEqualTo(PromiseStatus.CANCELLED);
    }

    @Test
    void renegotiationLinksBothWays() {
        Promise p = ledger.log("anna", callback(T0.plus(Duration.ofHours(2))));
        clock.advance(Duration.ofMinutes(30));
        Renegotiated r = ledger.renegotiate("bob", p.id(), p.version(),
                new RenegotiationTerms(null, T0.plus(Duration.ofDays(1)), "supplier late", true));
        assertThat(r.previous().status()).isEqualTo(PromiseStatus.RENEGOTIATED);
        assertThat(r.previous().supersededBy()).isEqualTo(r.replacement().id());
        assertThat(r.replacement().status()).isEqualTo(PromiseStatus.OPEN);
        assertThat(r.replacement().renegotiatedFrom()).isEqualTo(p.id());
        assertThat(r.replacement().renegotiationReason()).isEqualTo("supplier late");
        assertThat(r.replacement().customerAgreed()).isTrue();
        assertThat(r.replacement().text()).isEqualTo(p.text());
        assertThat(r.replacement().madeBy()).isEqualTo("bob");
        assertThat(heard).singleElement().isInstanceOf(PromiseRenegotiated.class);
        assertThat(ledger.promisesOf("SD-12")).hasSize(2);
    }

    @Test
    void renegotiationValidatesBeforeWriting() {
        Promise p = ledger.log("anna", callback(T0.plus(Duration.ofHours(2))));
        assertThatThrownBy(() -> ledger.renegotiate("bob", p.id(), p.version(),
                new RenegotiationTerms("", T0.minusSeconds(5), " ", false)))
                .isInstanceOfSatisfying(InvalidPromise.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("due", "reason"));
        assertThatThrownBy(() -> ledger.renegotiate("bob", p.id(), p.version() + 1,
                new RenegotiationTerms(null, T0.plus(Duration.ofDays(1)), "late", false)))
                .isInstanceOf(VersionConflict.class);
        assertThat(store.all()).hasSize(1);
        assertThat(store.all().get(0).status()).isEqualTo(PromiseStatus.OPEN);
    }

    @Test
    void brokenPromiseCanBeRenegotiatedButKeptCannot() {
        Promise p = ledger.log("anna", callback(T0.plus(Duration.ofHours(2))));
        Promise broken = ledger.markBroken("anna", p.id(), p.version(), null);
        Renegotiated r = ledger.renegotiate("anna", p.id(), broken.version(),
                new RenegotiationTerms("New call", T0.plus(Duration.ofDays(1)), "missed it", true));
        assertThat(r.replacement().text()).isEqualTo("New call");
        Promise kept = ledger.markKept("anna", r.replacement().id(), r.replacement().version(), null);
        assertThatThrownBy(() -> ledger.renegotiate("anna", kept.id(), kept.version(),
                new RenegotiationTerms(null, T0.plus(Duration.ofDays(2)), "again", true)))
                .isInstanceOf(IllegalPromiseTransition.class);
        assertThat(store.all()).hasSize(2);
    }

    @Test
    void unknownPromiseIsReported() {
        assertThatThrownBy(() -> ledger.markKept("anna", 99, 1, null)).isInstanceOf(UnknownPromise.class);
    }

    @Test
    void acceptingASuggestionCreatesADetectedPromiseOnce() {
        PromiseSuggestion s = suggestions.create(new PromiseSuggestion(0, "SD-12", "I'll call you tomorrow",
                PromiseKind.CALLBACK, T0.plus(Duration.ofDays(1)), "default", "anna", T0, SuggestionStatus.PENDING));
        Promise p = ledger.acceptSuggestion("bob", s.id(),
                new SuggestionEdit(null, null, T0.plus(Duration.ofDays(2)), null), Channel.PORTAL);
        assertThat(p.source()).isEqualTo(PromiseSource.DETECTED_IN_COMMENT);
        assertThat(p.due()).isEqualTo(T0.plus(Duration.ofDays(2)));
        assertThat(p.text()).isEqualTo("I'll call you tomorrow");
        assertThat(p.channel()).isEqualTo(Channel.PORTAL);
        assertThat(ledger.pendingSuggestionsOf("SD-12")).isEmpty();
        assertThatThrownBy(() -> ledger.acceptSuggestion("bob", s.id(), null, Channel.PORTAL))
                .isInstanceOf(SuggestionDecided.class).hasMessageContaining("already accepted");
        assertThat(store.all()).hasSize(1);
    }

    @Test
    void acceptingWithBadEditsWritesNothing() {
        PromiseSuggestion s = suggestions.create(new PromiseSuggestion(0, "SD-12", "I'll call you tomorrow",
                PromiseKind.CALLBACK, T0.plus(Duration.ofDays(1)), "default", "anna", T0, SuggestionStatus.PENDING));
        assertThatThrownBy(() -> ledger.acceptSuggestion("bob", s.id(),
                new SuggestionEdit(" ", null, T0.minusSeconds(1), null), Channel.PORTAL))
                .isInstanceOfSatisfying(InvalidPromise.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("text", "due"));
        assertThat(ledger.pendingSuggestionsOf("SD-12")).hasSize(1);
        assertThat(store.all()).isEmpty();
    }

    @Test
    void dismissingASuggestion() {
        PromiseSuggestion s = suggestions.create(new PromiseSuggestion(0, "SD-12", "I'll call you tomorrow",
                PromiseKind.CALLBACK, T0.plus(Duration.ofDays(1)), "default", "anna", T0, SuggestionStatus.PENDING));
        assertThat(ledger.dismissSuggestion("bob", s.id()).status()).isEqualTo(SuggestionStatus.DISMISSED);
        assertThat(ledger.pendingSuggestionsOf("SD-12")).isEmpty();
        assertThatThrownBy(() -> ledger.dismissSuggestion("bob", 42)).isInstanceOf(UnknownSuggestion.class);
        assertThat(store.all()).isEmpty();
    }
}
