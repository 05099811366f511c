package io.promisekeeper.jira.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promisekeeper.standin.EntityManagerActiveObjects;
import io.promisekeeper.core.config.AuditEntry;
import io.promisekeeper.core.config.ConfigConflict;
import io.promisekeeper.core.config.ConfigDocument;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConfigStoresTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private final EntityManagerActiveObjects ao = TestDatabase.open();
    private final ActiveObjectsConfigDocuments documents = new ActiveObjectsConfigDocuments(ao, Clock.fixed(T0, ZoneOffset.UTC));
    private final ActiveObjectsAuditTrail audit = new ActiveObjectsAuditTrail(ao);

    @AfterEach
    void close() {
        ao.close();
    }

    @Test
    void savesAreVersionedAndTheNewestIsRead() {
        assertThat(documents.read("rules")).isEmpty();
        ConfigDocument first = documents.write("rules", "{\"rules\":[]}", 0, "admin");
        assertThat(first.version()).isEqualTo(1);
        ConfigDocument second = documents.write("rules", "{\"rules\":[1]}", 1, "admin2");
        assertThat(documents.read("rules")).contains(second);
        assertThat(second.changedBy()).isEqualTo("admin2");
        assertThat(second.changedAt()).isEqualTo(T0);
        assertThat(documents.read("notices")).isEmpty();
    }

    @Test
    void aSaveOnAStaleVersionIsAConflictAndChangesNothing() {
        documents.write("rules", "v1", 0, "a");
        documents.write("rules", "v2", 1, "b");
        assertThatThrownBy(() -> documents.write("rules", "lost", 1, "c")).isInstanceOf(ConfigConflict.class);
        assertThat(documents.read("rules").orElseThrow().content()).isEqualTo("v2");
    }

    @Test
    void twoAdminsSavingAtOnceGiveOneSaveAndOneConflict() throws Exception {
        for (int round = 0; round < 5; round++) {
            String name = "doc" + round;
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (String who : List.of("a", "b")) {
                results.add(pool.submit(() -> {
                    go.await();
                    try {
                        documents.write(name, "by " + who, 0, who);
                        return true;
                    } catch (ConfigConflict conflict) {
                        return false;
                    }
                }));
            }
            go.countDown();
            int saved = 0;
            for (Future<Boolean> f : results) {
                saved += f.get(20, TimeUnit.SECONDS) ? 1 : 0;
            }
            pool.shutdown();
            assertThat(saved).isEqualTo(1);
            assertThat(documents.read(name).orElseThrow().version()).isEqualTo(1);
        }
    }

    @Test
    void theAuditKeepsWhoWhenWhatBeforeAndAfterNewestFirst() {
        audit.record(new AuditEntry(0, "admin", T0, "rules", null, "{\"a\":1}"));
        audit.record(new AuditEntry(0, "admin2", T0.plusSeconds(60), "rules", "{\"a\":1}", "{\"a\":2}"));
        List<AuditEntry> newest = audit.newest(10);
        assertThat(newest).extracting(AuditEntry::who).containsExactly("admin2", "admin");
        assertThat(newest.get(0).before()).isEqualTo("{\"a\":1}");
        assertThat(newest.get(0).after()).isEqualTo("{\"a\":2}");
        assertThat(audit.newest(1)).hasSize(1);
    }
}
