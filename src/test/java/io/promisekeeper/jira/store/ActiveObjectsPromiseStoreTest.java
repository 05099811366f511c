package io.promisekeeper.jira.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promisekeeper.standin.EntityManagerActiveObjects;
import io.promisekeeper.core.promise.ChangeType;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseChange;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSource;
import io.promisekeeper.core.promise.PromiseStatus;
import io.promisekeeper.core.promise.UnknownPromise;
import io.promisekeeper.core.promise.VersionConflict;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The promise store on a real database through the Active Objects core library. */
class ActiveObjectsPromiseStoreTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final EntityManagerActiveObjects ao = TestDatabase.open();
    private final ActiveObjectsPromiseStore store = new ActiveObjectsPromiseStore(ao);

    @AfterEach
    void close() {
        ao.close();
    }

    @Test
    void createsTheTablesWithJirasNamesAndAnIndexOnDue() throws Exception {
        try (Connection c = ao.entityManager().getProvider().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME").toUpperCase());
                }
            }
            assertThat(tables).contains("AO_5E3D1A_PROMISE", "AO_5E3D1A_PROMISE_CHANGE", "AO_5E3D1A_SUGGESTION",
                    "AO_5E3D1A_SUGGESTION_DECISION");
            String table = tables.stream().filter("AO_5E3D1A_PROMISE"::equals).findFirst().orElseThrow();
            List<String> indexed = new ArrayList<>();
            for (String name : List.of(table, table.toLowerCase())) {
                try (ResultSet rs = meta.getIndexInfo(null, null, name, false, false)) {
                    while (rs.next()) {
                        if (rs.getString("COLUMN_NAME") != null) {
                            indexed.add(rs.getString("COLUMN_NAME").toUpperCase());
                        }
                    }
                }
            }
            assertThat(indexed).contains("DUE_AT", "TICKET_KEY", "STATUS");
        }
    }

    @Test
    void createdPromisesComeBackWithIdVersionAndHistory() {
        Promise stored = store.create(promise("HELP-1", "Call back <b>tomorrow</b>", T0.plus(Duration.ofHours(4))));
        assertThat(stored.id()).isPositive();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.history()).hasSize(1).first().extracting(PromiseChange::type).isEqualTo(ChangeType.CREATED);

        Promise found = store.find(stored.id()).orElseThrow();
        assertThat(found).isEqualTo(stored);
        assertThat(found.text()).isEqualTo("Call back <b>tomorrow</b>");
        assertThat(store.find(999_999)).isEmpty();
    }

    @Test
    void aThousandCharacterTextSurvivesTheRoundTrip() {
        String text = "é".repeat(Promise.MAX_TEXT);
        Promise stored = store.create(promise("HELP-2", text, T0.plusSeconds(60)));
        assertThat(store.find(stored.id()).orElseThrow().text()).isEqualTo(text);
    }

    @Test
    void listsATicketsPromisesOldestFirstAndOnlyThatTicket() {
        Promise a = store.create(promise("HELP-3", "first", T0.plusSeconds(100)));
        store.create(promise("HELP-4", "elsewhere", T0.plusSeconds(100)));
        Promise b = store.create(promise("HELP-3", "second", T0.plusSeconds(50)));
        assertThat(store.listByTicket("HELP-3")).extracting(Promise::id).containsExactly(a.id(), b.id());
        assertThat(store.listByTicket("NONE-1")).isEmpty();
    }

    @Test
    void updateWritesTheChangeAppendsHistoryAndBumpsTheVersion() {
        Promise stored = store.create(promise("HELP-5", "update by Friday", T0.plusSeconds(3600)));
        Promise kept = stored.keep("agent-2", T0.plusSeconds(60), "called");
        Promise after = store.update(kept, 1, kept.lastChange());
        assertThat(after.status()).isEqualTo(PromiseStatus.KEPT);
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.history()).extracting(PromiseChange::type).containsExactly(ChangeType.CREATED, ChangeType.KEPT);
        assertThat(after.history().get(1).who()).isEqualTo("agent-2");
        assertThat(store.find(stored.id()).orElseThrow()).isEqualTo(after);
    }

    @Test
    void aStaleVersionIsAConflictAndWritesNothing() {
        Promise stored = store.create(promise("HELP-6", "visit on Monday", T0.plusSeconds(3600)));
        Promise first = stored.keep("agent-1", T0.plusSeconds(10), "done");
        store.update(first, 1, first.lastChange());
        Promise second = stored.markBroken("agent-2", T0.plusSeconds(20), "late");
        assertThatThrownBy(() -> store.update(second, 1, second.lastChange()))
                .isInstanceOf(VersionConflict.class);
        Promise now = store.find(stored.id()).orElseThrow();
        assertThat(now.status()).isEqualTo(PromiseStatus.KEPT);
        assertThat(now.history()).hasSize(2);
    }

    @Test
    void twoAgentsChangingTheSamePromiseAtOnceGiveOneWinnerAndOneConflict() throws Exception {
        for (int round = 0; round < 10; round++) {
            Promise stored = store.create(promise("HELP-7", "round " + round, T0.plusSeconds(3600)));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (String agent : List.of("agent-a", "agent-b")) {
                results.add(pool.submit(() -> {
                    go.await();
                    Promise kept = stored.keep(agent, T0.plusSeconds(5), "by " + agent);
                    try {
                        store.update(kept, 1, kept.lastChange());
                        return "won";
                    } catch (VersionConflict conflict) {
                        return "conflict";
                    }
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get(20, TimeUnit.SECONDS));
            }
            pool.shutdown();
            assertThat(outcomes).containsExactlyInAnyOrder("won", "conflict");
            Promise now = store.find(stored.id()).orElseThrow();
            assertThat(now.version()).isEqualTo(2);
            assertThat(now.history()).hasSize(2);
        }
    }

    @Test
    void updatingAnUnknownPromiseSaysSo() {
        Promise ghost = promise("HELP-8", "ghost", T0.plusSeconds(60)).stored(424_242, 1);
        assertThatThrownBy(() -> store.update(ghost, 1, ghost.lastChange())).isInstanceOf(UnknownPromise.class);
    }

    @Test
    void openDueWithinReturnsOnlyOpenPromisesInTheHalfOpenWindowEarliestFirst() {
        Promise early = store.create(promise("HELP-9", "early", T0.plusSeconds(100)));
        Promise late = store.create(promise("HELP-9", "late", T0.plusSeconds(200)));
        store.create(promise("HELP-9", "at the end, excluded", T0.plusSeconds(300)));
        store.create(promise("HELP-9", "before", T0.plusSeconds(10)));
        Promise settled = store.create(promise("HELP-9", "kept", T0.plusSeconds(150)));
        Promise kept = settled.keep("a", T0, "");
        store.update(kept, 1, kept.lastChange());

        assertThat(store.openDueWithin(T0.plusSeconds(100), T0.plusSeconds(300)))
                .extracting(Promise::id).containsExactly(early.id(), late.id());
    }

    @Test
    void madeWithinReturnsOnlyThatProjectsPromisesInTheHalfOpenWindow() {
        Promise a = store.create(Promise.open("HELP-1", "a", PromiseKind.UPDATE, T0.plusSeconds(9000), "default", "x",
                T0, Channel.EMAIL, PromiseSource.AGENT));
        Promise b = store.create(Promise.open("HELP-22", "b", PromiseKind.UPDATE, T0.plusSeconds(9000), "default", "x",
                T0.plusSeconds(60), Channel.EMAIL, PromiseSource.AGENT));
        store.create(Promise.open("HELP-3", "too late", PromiseKind.UPDATE, T0.plusSeconds(9000), "default", "x",
                T0.plusSeconds(120), Channel.EMAIL, PromiseSource.AGENT));
        store.create(Promise.open("HELPDESK-1", "other project", PromiseKind.UPDATE, T0.plusSeconds(9000), "default",
                "x", T0, Channel.EMAIL, PromiseSource.AGENT));
        store.create(Promise.open("HEL-1", "other project", PromiseKind.UPDATE, T0.plusSeconds(9000), "default",
                "x", T0, Channel.EMAIL, PromiseSource.AGENT));
        assertThat(store.madeWithin("HELP", T0, T0.plusSeconds(120))).extracting(Promise::id)
                .containsExactly(a.id(), b.id());
        assertThatThrownBy(() -> store.madeWithin("help' OR 1=1 --", T0, T0.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void appendedNotesKeepTheVersionAndTheOrder() {
        Promise stored = store.create(promise("HELP-10", "callback", T0.plusSeconds(600)));
        store.appendHistory(stored.id(), new PromiseChange(PromiseChange.SYSTEM, T0.plusSeconds(1), ChangeType.NOTE, "customer informed"));
        store.appendHistory(stored.id(), new PromiseChange(PromiseChange.SYSTEM, T0.plusSeconds(2), ChangeType.NOTE, "again"));
        Promise now = store.find(stored.id()).orElseThrow();
        assertThat(now.version()).isEqualTo(1);
        assertThat(now.history()).extracting(PromiseChange::detail).containsExactly(now.history().get(0).detail(),
                "customer informed", "again");
    }

    @Test
    void aFailedUnitOfWorkLeavesNothingBehind() {
        ActiveObjectsUnitOfWork unitOfWork = new ActiveObjectsUnitOfWork(ao);
        assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
            store.create(promise("HELP-11", "half-written", T0.plusSeconds(60)));
            throw new IllegalStateException("refused half-way");
        })).isInstanceOf(IllegalStateException.class).hasMessage("refused half-way");
        assertThat(store.listByTicket("HELP-11")).isEmpty();
    }

    static Promise promise(String ticket, String text, Instant due) {
        return Promise.open(ticket, text, PromiseKind.CALLBACK, due, "default", "agent-1", T0, Channel.PHONE,
                PromiseSource.AGENT);
    }
}
