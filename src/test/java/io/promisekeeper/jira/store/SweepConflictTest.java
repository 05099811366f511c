package io.promisekeeper.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.standin.EntityManagerActiveObjects;
import io.promisekeeper.core.activity.ActivityOutcome;
import io.promisekeeper.core.activity.TicketActivity;
import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.DuePhrases;
import io.promisekeeper.core.calendar.SingleCalendar;
import io.promisekeeper.core.detect.PromiseDetector;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseEvents;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSource;
import io.promisekeeper.core.promise.PromiseStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import net.java.ao.DBParam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A unique-key conflict in the middle of the overdue sweep (another node took the promise's next version): on
 * PostgreSQL that aborts the transaction it happens in, so it must be the conflicting promise's own transaction and
 * nothing else of the sweep.
 */
class SweepConflictTest {
    private static final Instant NOW = Instant.parse("2026-03-04T12:00:00Z");
    private final List<EntityManagerActiveObjects> nodes = TestDatabase.openShared(2);

    @AfterEach
    void close() {
        nodes.forEach(EntityManagerActiveObjects::close);
    }

    @Test
    void aUniqueKeyConflictInsideTheSweepLeavesTheRestOfTheSweepCommitted() {
        EntityManagerActiveObjects ao = nodes.get(0);
        ActiveObjectsPromiseStore store = new ActiveObjectsPromiseStore(ao);
        Promise first = store.create(promise("HELP-1", NOW.minus(Duration.ofHours(3))));
        Promise contested = store.create(promise("HELP-2", NOW.minus(Duration.ofHours(2))));
        Promise last = store.create(promise("HELP-3", NOW.minus(Duration.ofHours(1))));
        // The other node holds the claim on the contested promise's next version (its change is still under way).
        nodes.get(1).create(PromiseChangeEntity.class, new DBParam("PROMISE_ID", contested.id()),
                new DBParam("CLAIM", contested.id() + ":" + (contested.version() + 1)),
                new DBParam("WHO", "other-node"), new DBParam("CHANGED_AT", NOW.toEpochMilli()),
                new DBParam("CHANGE_TYPE", "NOTE"), new DBParam("DETAIL", "in flight"));
        TicketActivity activity = new TicketActivity(store, new ActiveObjectsSuggestionStore(ao),
                new SingleCalendar(BusinessCalendar.weekdays("default", ZoneId.of("UTC"), 9, 17, Set.of())),
                new PromiseDetector(new DuePhrases()), new PromiseEvents(), new ActiveObjectsUnitOfWork(ao),
                Duration.ofMinutes(15));

        ActivityOutcome outcome = activity.breakOverdue(NOW);

        assertThat(outcome.broken()).extracting(Promise::id).containsExactly(first.id(), last.id());
        // Read through the other node's connections: committed, not just visible inside the sweep's transaction.
        ActiveObjectsPromiseStore otherNode = new ActiveObjectsPromiseStore(nodes.get(1));
        assertThat(otherNode.find(first.id()).orElseThrow().status()).isEqualTo(PromiseStatus.BROKEN);
        assertThat(otherNode.find(last.id()).orElseThrow().status()).isEqualTo(PromiseStatus.BROKEN);
        // Left for the next sweep, or for the node that holds its claim.
        assertThat(otherNode.find(contested.id()).orElseThrow().status()).isEqualTo(PromiseStatus.OPEN);
        System.out.printf("sweep conflict on %s: %d of 3 overdue promises committed around a unique-key conflict%n",
                TestDatabase.kind(), outcome.broken().size());
    }

    private static Promise promise(String ticket, Instant due) {
        return Promise.open(ticket, "update the customer", PromiseKind.UPDATE, due, "default", "agent",
                due.minus(Duration.ofDays(1)), Channel.EMAIL, PromiseSource.AGENT);
    }
}
