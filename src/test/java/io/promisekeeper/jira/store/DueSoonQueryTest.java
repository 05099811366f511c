package io.promisekeeper.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.standin.EntityManagerActiveObjects;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The scheduler's lean due-soon query: open promises in the window, earliest first, without history. */
class DueSoonQueryTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final EntityManagerActiveObjects ao = TestDatabase.open();
    private final ActiveObjectsPromiseStore store = new ActiveObjectsPromiseStore(ao);

    @AfterEach
    void close() {
        ao.close();
    }

    @Test
    void returnsOpenPromisesDueInTheWindowWithoutTheirHistory() {
        Promise late = store.create(promise("SD-1", Duration.ofHours(20)));
        Promise early = store.create(promise("SD-2", Duration.ofHours(2)));
        store.create(promise("SD-3", Duration.ofHours(30)));
        store.create(promise("SD-4", Duration.ofHours(-1)));
        Promise kept = store.create(promise("SD-5", Duration.ofHours(3)));
        kept = kept.keep("anna", T0, "done");
        store.update(kept, 1, kept.lastChange());

        List<Promise> due = store.openDueWithoutHistory(T0, T0.plus(Duration.ofDays(1)));

        assertThat(due).extracting(Promise::id).containsExactly(early.id(), late.id());
        assertThat(due).allSatisfy(p -> assertThat(p.history()).isEmpty());
        assertThat(due.get(0).text()).isEqualTo(early.text());
        assertThat(store.openDueWithin(T0, T0.plus(Duration.ofDays(1)))).extracting(Promise::id)
                .containsExactly(early.id(), late.id());
    }

    @Test
    void statusAndDueShareAnIndex() throws Exception {
        try (Connection c = ao.entityManager().getProvider().getConnection()) {
            List<String> columns = new ArrayList<>();
            for (String table : List.of("AO_5E3D1A_PROMISE", "ao_5e3d1a_promise")) {
                try (ResultSet rs = c.getMetaData().getIndexInfo(null, null, table, false, false)) {
                    while (rs.next()) {
                        String name = rs.getString("INDEX_NAME");
                        if (name != null && name.toLowerCase().contains("status_due")) {
                            columns.add(rs.getString("COLUMN_NAME").toUpperCase());
                        }
                    }
                }
            }
            assertThat(columns).containsExactly("STATUS", "DUE_AT");
        }
    }

    private static Promise promise(String ticket, Duration dueIn) {
        return Promise.open(ticket, "Call back " + ticket, PromiseKind.CALLBACK, T0.plus(dueIn), "default", "anna",
                T0.minus(Duration.ofDays(1)), Channel.PHONE, PromiseSource.AGENT);
    }
}
