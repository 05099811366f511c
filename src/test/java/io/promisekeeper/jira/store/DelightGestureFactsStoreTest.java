package io.promisekeeper.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.standin.EntityManagerActiveObjects;
import io.promisekeeper.core.delight.DelightAction;
import io.promisekeeper.core.delight.DelightCatalogue;
import io.promisekeeper.core.delight.DelightClaim;
import io.promisekeeper.core.delight.DelightDesk;
import io.promisekeeper.core.delight.DismissReason;
import io.promisekeeper.core.insight.DelightGestureFacts;
import io.promisekeeper.core.insight.GestureFact;
import io.promisekeeper.core.insight.GestureState;
import io.promisekeeper.core.insight.TicketFacts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Insight reads the gestures the delight store holds, with outcome, cost and component (H2, and PostgreSQL). */
class DelightGestureFactsStoreTest {
    private static final Instant T = Instant.parse("2026-03-10T10:00:00Z");

    private final EntityManagerActiveObjects ao = TestDatabase.open();
    private final ActiveObjectsDelightActions store = new ActiveObjectsDelightActions(ao);
    private final DelightDesk desk = new DelightDesk(store, Clock.fixed(T, ZoneOffset.UTC));

    @AfterEach
    void close() {
        ao.close();
    }

    @Test
    void eachSuggestionOfTheProjectsInThePeriodWithItsOutcome() {
        long call = suggest("HELP-1", "HELP", "personal-call", 0, T.minusSeconds(7200));
        long goodwill = suggest("HELP-2", "HELP", "goodwill-gesture", 2500, T.minusSeconds(3600));
        long checkIn = suggest("HELP-2", "HELP", "long-wait-check-in", 0, T.minusSeconds(1800));
        suggest("OPS-1", "OPS", "personal-call", 0, T.minusSeconds(600));
        suggest("HELP-3", "HELP", "personal-call", 0, T.minusSeconds(40 * 86400L));
        desk.done(call, "called", "anna");
        desk.dismiss(goodwill, DismissReason.TOO_COSTLY, "", "ben");
        desk.snooze(checkIn, T.plusSeconds(3600), "ben");

        DelightGestureFacts facts = new DelightGestureFacts(store, DelightCatalogue::defaults,
                keys -> Map.of("HELP-1", new TicketFacts("HELP-1", "Network", "Get help")));
        List<GestureFact> read = facts.suggestedWithin(Set.of("HELP"), T.minusSeconds(86400), T.plusSeconds(1))
                .stream().sorted(Comparator.comparing(GestureFact::suggestedAt)).toList();

        assertThat(read).extracting(GestureFact::gestureId)
                .containsExactly("personal-call", "goodwill-gesture", "long-wait-check-in");
        assertThat(read).extracting(GestureFact::state)
                .containsExactly(GestureState.DONE, GestureState.DISMISSED, GestureState.SUGGESTED);
        assertThat(read.get(0).component()).isEqualTo("Network");
        assertThat(read.get(0).gestureName()).isEqualTo("Personal call");
        assertThat(read.get(0).agent()).isEqualTo("anna");
        assertThat(read.get(0).actedAt()).isEqualTo(T);
        assertThat(read.get(1).cost()).isEqualByComparingTo(new BigDecimal("25.00"));
        assertThat(read.get(1).dismissReason()).isEqualTo("TOO_COSTLY");
        assertThat(read.get(2).actedAt()).as("snoozed is still waiting").isNull();
        assertThat(read).allMatch(g -> g.project().equals("HELP"));
    }

    private long suggest(String ticket, String project, String gesture, long cost, Instant at) {
        DelightAction a = DelightAction.suggested(ticket, "customer-" + ticket, project, gesture, "rule",
                "ticket:" + ticket + ":x#1", "why", cost, at);
        return store.suggest(a, new DelightClaim(a.subject() + "|" + gesture, a.customer() + "|" + gesture + at,
                cost > 0 ? project + "|" + gesture : null)).orElseThrow().id();
    }
}
