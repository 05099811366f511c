package io.promisekeeper.core.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promisekeeper.core.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any sequence of agent actions leaves promises in states the machine allows, with history only growing. */
class PromiseLifeProperties {

    enum Action { EDIT, KEEP, BREAK, CANCEL, RENEGOTIATE, STALE_KEEP }

    @Provide
    Arbitrary<List<Action>> actions() {
        return Arbitraries.of(Action.class).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 300)
    void historyOnlyGrowsAndRefusalsChangeNothing(@ForAll("actions") List<Action> actions) {
        TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
        InMemoryPromiseStore store = new InMemoryPromiseStore();
        PromiseLedger ledger = new PromiseLedger(store, new InMemorySuggestionStore(), UnitOfWork.direct(),
                new PromiseEvents(), clock);
        Promise current = ledger.log("anna", new NewPromise("SD-9", "Call back", PromiseKind.CALLBACK,
                clock.instant().plus(Duration.ofDays(1)), "default", Channel.PHONE, PromiseSource.AGENT));

        for (Action action : actions) {
            clock.advance(Duration.ofMinutes(5));
            Promise before = store.find(current.id()).orElseThrow();
            Promise after;
            try {
                after = apply(ledger, action, before, clock.instant());
            } catch (IllegalPromiseTransition | VersionConflict refused) {
                assertThat(store.find(before.id())).contains(before);
                assertThat(action == Action.STALE_KEEP || !before.status().canBecome(target(action))
                        || (action == Action.EDIT && !before.isOpen())).isTrue();
                continue;
            }
            assertThat(before.status().canBecome(after.status()) || action == Action.EDIT).isTrue();
            assertThat(after.history()).startsWith(before.history().toArray(PromiseChange[]::new));
            assertThat(after.history()).hasSize(before.history().size() + 1);
            assertThat(after.version()).isEqualTo(before.version() + 1);
            current = after.supersededBy() == null ? after : store.find(after.supersededBy()).orElseThrow();
        }
        Promise last = store.find(current.id()).orElseThrow();
        if (last.status().isFinal()) {
            assertThatThrownBy(() -> ledger.markBroken("bob", last.id(), last.version(), null))
                    .isInstanceOf(IllegalPromiseTransition.class);
        }
    }

    private static PromiseStatus target(Action action) {
        return switch (action) {
            case KEEP, STALE_KEEP -> PromiseStatus.KEPT;
            case BREAK -> PromiseStatus.BROKEN;
            case CANCEL -> PromiseStatus.CANCELLED;
            case RENEGOTIATE -> PromiseStatus.RENEGOTIATED;
            case EDIT -> PromiseStatus.OPEN;
        };
    }

    private static Promise apply(PromiseLedger ledger, Action action, Promise p, Instant now) {
        return switch (action) {
            case EDIT -> ledger.edit("anna", p.id(), p.version(),
                    new PromiseEdit("Call back at " + now, null, null, null, null));
            case KEEP -> ledger.markKept("anna", p.id(), p.version(), null);
            case STALE_KEEP -> ledger.markKept("anna", p.id(), p.version() - 1, null);
            case BREAK -> ledger.markBroken("anna", p.id(), p.version(), null);
            case CANCEL -> ledger.cancel("anna", p.id(), p.version(), "not needed");
            case RENEGOTIATE -> ledger.renegotiate("anna", p.id(), p.version(),
                    new RenegotiationTerms(null, now.plus(Duration.ofDays(2)), "later", true)).previous();
        };
    }
}
