package io.promisekeeper.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.standin.EntityManagerActiveObjects;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSuggestion;
import io.promisekeeper.core.promise.SuggestionStatus;
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

class ActiveObjectsSuggestionStoreTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final EntityManagerActiveObjects ao = TestDatabase.open();
    private final ActiveObjectsSuggestionStore store = new ActiveObjectsSuggestionStore(ao);

    @AfterEach
    void close() {
        ao.close();
    }

    @Test
    void storesAndListsPendingSuggestionsOfATicket() {
        PromiseSuggestion a = store.create(suggestion("HELP-1", "I'll call you back tomorrow before noon"));
        store.create(suggestion("HELP-2", "elsewhere"));
        PromiseSuggestion b = store.create(suggestion("HELP-1", "Ik stuur u morgen een update"));
        assertThat(a.id()).isPositive();
        assertThat(store.find(a.id())).contains(a);
        assertThat(store.pendingForTicket("HELP-1")).containsExactly(a, b);
        assertThat(store.find(0)).isEmpty();
    }

    @Test
    void aDecidedSuggestionIsNoLongerPendingAndCannotBeDecidedAgain() {
        PromiseSuggestion a = store.create(suggestion("HELP-3", "you'll hear from me within 2 hours"));
        assertThat(store.decide(a.id(), SuggestionStatus.DISMISSED)).isTrue();
        assertThat(store.decide(a.id(), SuggestionStatus.ACCEPTED)).isFalse();
        assertThat(store.find(a.id()).orElseThrow().status()).isEqualTo(SuggestionStatus.DISMISSED);
        assertThat(store.pendingForTicket("HELP-3")).isEmpty();
        assertThat(store.decide(777_777, SuggestionStatus.ACCEPTED)).isFalse();
    }

    @Test
    void twoAgentsDecidingAtOnceGiveExactlyOneDecision() throws Exception {
        for (int round = 0; round < 10; round++) {
            PromiseSuggestion s = store.create(suggestion("HELP-4", "round " + round));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (SuggestionStatus status : List.of(SuggestionStatus.ACCEPTED, SuggestionStatus.DISMISSED)) {
                results.add(pool.submit(() -> {
                    go.await();
                    return store.decide(s.id(), status);
                }));
            }
            go.countDown();
            int wins = 0;
            for (Future<Boolean> f : results) {
                wins += f.get(20, TimeUnit.SECONDS) ? 1 : 0;
            }
            pool.shutdown();
            assertThat(wins).isEqualTo(1);
            assertThat(store.find(s.id()).orElseThrow().status()).isNotEqualTo(SuggestionStatus.PENDING);
        }
    }

    private static PromiseSuggestion suggestion(String ticket, String sentence) {
        return new PromiseSuggestion(0, ticket, sentence, PromiseKind.CALLBACK, T0.plusSeconds(7200), "default",
                "agent-1", T0, SuggestionStatus.PENDING);
    }
}
