package io.promisekeeper.jira.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promisekeeper.standin.EntityManagerActiveObjects;
import io.promisekeeper.core.delight.DelightAction;
import io.promisekeeper.core.delight.DelightCandidate;
import io.promisekeeper.core.delight.DelightCatalogue;
import io.promisekeeper.core.delight.DelightClaim;
import io.promisekeeper.core.delight.DelightConflict;
import io.promisekeeper.core.delight.DelightDesk;
import io.promisekeeper.core.delight.DelightLimits;
import io.promisekeeper.core.delight.DelightSettings;
import io.promisekeeper.core.delight.DelightState;
import io.promisekeeper.core.delight.DelightSuggestions;
import io.promisekeeper.core.delight.DismissReason;
import io.promisekeeper.core.delight.InvalidDelightAct;
import io.promisekeeper.core.delight.UnknownDelightAction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Delight suggestions on the real tables (H2, and PostgreSQL where provided), one and two nodes. */
class ActiveObjectsDelightActionsTest {
    private static final Instant T = Instant.parse("2026-03-04T10:00:00Z");
    private static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");

    private final List<EntityManagerActiveObjects> nodes = TestDatabase.openShared(2);
    private final ActiveObjectsDelightActions store = new ActiveObjectsDelightActions(nodes.get(0));
    private final ActiveObjectsDelightActions otherNode = new ActiveObjectsDelightActions(nodes.get(1));

    @AfterEach
    void close() {
        nodes.forEach(EntityManagerActiveObjects::close);
    }

    @Test
    void aSuggestionIsStoredOnceAndReadsBackEqual() {
        DelightAction s = suggestion("SD-1", "cust-1", "SD", "personal-call", "ticket:SD-1:hard#1", 0, T);

        Optional<DelightAction> stored = store.suggest(s, claim(s, "cust-1|2026-03|1", null));
        Optional<DelightAction> again = otherNode.suggest(s, claim(s, "cust-1|2026-03|2", null));

        assertThat(stored).isPresent();
        assertThat(again).isEmpty();
        assertThat(store.find(stored.get().id())).contains(stored.get());
        assertThat(stored.get().version()).isEqualTo(1);
        assertThat(store.forTicket("SD-1")).containsExactly(stored.get());
    }

    @Test
    void aTakenCustomerOrTeamSlotRefusesTheSecondSuggestion() {
        DelightAction a = suggestion("SD-1", "cust-1", "SD", "goodwill", "promise:1:broken#1", 2500, T);
        DelightAction b = suggestion("SD-2", "cust-1", "SD", "goodwill", "promise:2:broken#1", 2500, T);
        DelightAction c = suggestion("SD-3", "cust-2", "SD", "goodwill", "promise:3:broken#1", 2500, T);

        assertThat(store.suggest(a, claim(a, "cust-1|2026-03|1", "SD|2026-03|1"))).isPresent();
        assertThat(store.suggest(b, claim(b, "cust-1|2026-03|1", "SD|2026-03|2"))).isEmpty();
        assertThat(store.suggest(c, claim(c, "cust-2|2026-03|1", "SD|2026-03|1"))).isEmpty();
        assertThat(store.suggest(c, claim(c, "cust-2|2026-03|1", "SD|2026-03|2"))).isPresent();
    }

    @Test
    void theAgentSeesOpenAndDueSnoozedSuggestionsAndActsOnce() {
        DelightDesk desk = new DelightDesk(store, Clock.fixed(T.plus(Duration.ofHours(1)), ZoneOffset.UTC));
        DelightAction a = stored("SD-1", "call", "ticket:SD-1:hard#1", T);
        DelightAction b = stored("SD-1", "note", "ticket:SD-1:first-ticket#1", T);
        DelightAction c = stored("SD-1", "check-in", "ticket:SD-1:waiting#1", T);

        DelightAction done = desk.done(a.id(), "Called her, all good", "anna");
        desk.dismiss(b.id(), DismissReason.ALREADY_DONE, "", "anna");
        DelightAction snoozed = desk.snooze(c.id(), T.plus(Duration.ofHours(5)), "anna");

        assertThat(done.version()).isEqualTo(2);
        assertThat(store.find(a.id())).contains(done);
        assertThat(store.openForTicket("SD-1", T.plus(Duration.ofHours(2)))).isEmpty();
        assertThat(store.openForTicket("SD-1", T.plus(Duration.ofHours(5)))).containsExactly(snoozed);
        assertThat(store.find(b.id()).orElseThrow().dismissReason()).isEqualTo(DismissReason.ALREADY_DONE);
        assertThatThrownBy(() -> desk.done(a.id(), "", "bob")).isInstanceOf(InvalidDelightAct.class);
        assertThatThrownBy(() -> desk.done(999_999, "", "bob")).isInstanceOf(UnknownDelightAction.class);
        assertThat(store.find(a.id()).orElseThrow().actedBy()).isEqualTo("anna");
    }

    @Test
    void ofTwoAgentsActingOnTheSameVersionOneGetsAConflictAndNothingOfTheirsIsSaved() {
        DelightAction a = stored("SD-1", "call", "ticket:SD-1:hard#1", T);

        store.act(a.done("I called", "anna", T.plusSeconds(60)));

        assertThatThrownBy(() -> otherNode.act(a.dismiss(DismissReason.NOT_APPROPRIATE, "", "bob",
                T.plusSeconds(61)))).isInstanceOf(DelightConflict.class);
        DelightAction now = otherNode.find(a.id()).orElseThrow();
        assertThat(now.state()).isEqualTo(DelightState.DONE);
        assertThat(now.actedBy()).isEqualTo("anna");
    }

    @Test
    void racingActsOnTwoNodesLeaveExactlyOneWinner() throws Exception {
        for (int round = 0; round < 5; round++) {
            DelightAction a = stored("SD-" + round, "call", "ticket:SD-" + round + ":hard#1", T);
            List<Callable<Boolean>> acts = List.of(
                    () -> tryAct(store, a.done("anna's", "anna", T.plusSeconds(5))),
                    () -> tryAct(otherNode, a.dismiss(DismissReason.TOO_COSTLY, "", "bob", T.plusSeconds(5))));

            assertThat(race(acts)).containsExactlyInAnyOrder(true, false);
            assertThat(store.find(a.id()).orElseThrow().version()).isEqualTo(2);
        }
    }

    @Test
    void periodsAndTeamsSelectWhatInsightAndTheLimitsRead() {
        DelightAction march = stored("SD-1", "call", "s1", T);
        DelightAction april = stored("SD-2", "call", "s2", T.plus(Duration.ofDays(30)));
        DelightAction otherTeam = store.suggest(suggestion("HR-1", "cust-9", "HR", "call", "s3", 0, T),
                claim(suggestion("HR-1", "cust-9", "HR", "call", "s3", 0, T), "cust-9|x|1", null)).orElseThrow();

        assertThat(store.suggestedBetween(T.minusSeconds(1), T.plus(Duration.ofDays(1)), Optional.empty()))
                .containsExactly(march, otherTeam);
        assertThat(store.suggestedBetween(T.minusSeconds(1), T.plus(Duration.ofDays(31)), Optional.of("SD")))
                .containsExactly(march, april);
        assertThat(store.forCustomer("cust-SD-2", T.plus(Duration.ofDays(29)), T.plus(Duration.ofDays(31))))
                .containsExactly(april);
    }

    @Test
    void aSuggestionStoredBeforeTheProjectWasNamedSoKeepsItsProjectAndItsBudgetPlace() throws Exception {
        // As an earlier version wrote it: the project key in TEAM, its budget slot in TEAM_SLOT.
        try (java.sql.Connection c = nodes.get(0).entityManager().getProvider().getConnection();
             java.sql.PreparedStatement insert = c.prepareStatement("INSERT INTO \""
                     + EntityManagerActiveObjects.TABLE_PREFIX + "DELIGHT_ACTION\" (\"SUBJECT_KEY\", \"CUSTOMER_SLOT\","
                     + " \"TEAM_SLOT\", \"TICKET_KEY\", \"CUSTOMER\","
                     + " \"TEAM\", \"GESTURE_ID\", \"RULE_ID\", \"SUBJECT\", \"REASON\", \"SUGGESTED_AT\", \"STATE\","
                     + " \"COST_CENTS\", \"ROW_VERSION\") VALUES ('promise:1:broken#1|goodwill', 'cust-1|2026-03|1',"
                     + " 'SD|2026-03|1', 'SD-1', 'cust-1', 'SD', 'goodwill', 'rule-1', 'promise:1:broken#1', 'because',"
                     + " ?, 'SUGGESTED', 2500, 1)")) {
            insert.setLong(1, T.toEpochMilli());
            insert.executeUpdate();
        }

        assertThat(store.forTicket("SD-1")).singleElement().extracting(DelightAction::projectKey).isEqualTo("SD");
        assertThat(store.suggestedBetween(T.minusSeconds(1), T.plusSeconds(1), Optional.of("SD"))).hasSize(1);
        // Its project's budget place stays taken: a second costed suggestion for that place is refused.
        DelightAction rival = suggestion("SD-2", "cust-2", "SD", "goodwill", "promise:2:broken#1", 2500, T);
        assertThat(otherNode.suggest(rival, claim(rival, "cust-2|2026-03|1", "SD|2026-03|1"))).isEmpty();
    }

    @Test
    void twoNodesSuggestingToOneCustomerAtOnceStayWithinTheCap() throws Exception {
        DelightLimits limits = new DelightLimits(1, 10_000, AMS);
        DelightSuggestions nodeA = new DelightSuggestions(store,
                () -> new DelightSettings(DelightCatalogue.defaults(), limits));
        DelightSuggestions nodeB = new DelightSuggestions(otherNode,
                () -> new DelightSettings(DelightCatalogue.defaults(), limits));
        for (int round = 0; round < 5; round++) {
            String customer = "cust-race-" + round;
            DelightCandidate one = new DelightCandidate("SD-" + round, customer, "SD", "personal-call", "r",
                    "ticket:SD-" + round + ":hard#1", "hard");
            DelightCandidate two = new DelightCandidate("SD-" + round, customer, "SD", "thank-you-note", "r",
                    "ticket:SD-" + round + ":first-ticket#1", "first");

            race(List.of(() -> nodeA.offer(one, T).isSuggested(), () -> nodeB.offer(two, T).isSuggested()));

            assertThat(store.forCustomer(customer, T.minusSeconds(1), T.plusSeconds(1))).hasSize(1);
        }
    }

    private static boolean tryAct(ActiveObjectsDelightActions node, DelightAction changed) {
        try {
            node.act(changed);
            return true;
        } catch (DelightConflict lost) {
            return false;
        }
    }

    private static List<Boolean> race(List<Callable<Boolean>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> futures = new ArrayList<>();
            for (Callable<Boolean> c : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return c.call();
                }));
            }
            start.countDown();
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> f : futures) {
                results.add(f.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private DelightAction stored(String ticket, String gesture, String subject, Instant at) {
        DelightAction s = suggestion(ticket, "cust-" + ticket, "SD", gesture, subject, 0, at);
        return store.suggest(s, claim(s, "cust-" + ticket + "|" + subject + "|1", null)).orElseThrow();
    }

    private static DelightAction suggestion(String ticket, String customer, String projectKey, String gesture,
                                            String subject, long cents, Instant at) {
        return DelightAction.suggested(ticket, customer, projectKey, gesture, "rule-1", subject, "because", cents, at);
    }

    private static DelightClaim claim(DelightAction s, String customerSlot, String projectSlot) {
        return new DelightClaim(s.subject() + "|" + s.gestureId(), customerSlot, projectSlot);
    }
}
