package io.promisekeeper.jira.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promisekeeper.standin.EntityManagerActiveObjects;
import io.promisekeeper.core.config.AuditEntry;
import io.promisekeeper.core.config.AuditTrail;
import io.promisekeeper.core.settings.AdminConfiguration;
import io.promisekeeper.core.settings.InvalidSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A save and its audit entry are one transaction on the real store: neither is kept without the other. */
class AdminConfigurationStoreTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private final EntityManagerActiveObjects ao = TestDatabase.open();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ActiveObjectsConfigDocuments documents = new ActiveObjectsConfigDocuments(ao, clock);
    private final ActiveObjectsAuditTrail audit = new ActiveObjectsAuditTrail(ao);

    @AfterEach
    void close() {
        ao.close();
    }

    private AdminConfiguration configuration(AuditTrail trail) {
        return new AdminConfiguration(documents, trail, new ActiveObjectsUnitOfWork(ao), clock, ZoneId.of("UTC"));
    }

    @Test
    void whenTheAuditCannotBeWrittenTheSaveIsRolledBack() {
        AuditTrail failing = new AuditTrail() {
            @Override
            public AuditEntry record(AuditEntry entry) {
                throw new IllegalStateException("audit table unavailable");
            }

            @Override
            public List<AuditEntry> newest(int limit) {
                return audit.newest(limit);
            }
        };
        AdminConfiguration config = configuration(failing);
        String settings = config.settings().json();
        assertThatThrownBy(() -> config.saveSettings("admin", settings, 0)).hasMessageContaining("audit");
        assertThat(documents.read(AdminConfiguration.SETTINGS)).isEmpty();
    }

    @Test
    void aSaveKeepsTheCanonicalJsonAndAuditsTheDocumentBeforeAndAfter() {
        AdminConfiguration config = configuration(audit);
        String defaults = config.settings().json();
        config.saveSettings("admin", defaults, 0);
        config.saveSettings("admin2", defaults.replace("\"jobIntervalMinutes\": 5", "\"jobIntervalMinutes\": 10"), 1);
        assertThat(config.settings().value().jobIntervalMinutes()).isEqualTo(10);
        assertThat(config.settings().version()).isEqualTo(2);
        List<AuditEntry> entries = config.audit(10);
        assertThat(entries).extracting(AuditEntry::who).containsExactly("admin2", "admin");
        assertThat(entries.get(0).before()).isEqualTo(defaults);
        assertThat(entries.get(1).before()).isNull();
    }

    @Test
    void anInvalidDocumentWritesNeitherDocumentNorAudit() {
        AdminConfiguration config = configuration(audit);
        assertThatThrownBy(() -> config.saveSettings("admin", "{\"quietHours\": 1}", 0))
                .isInstanceOf(InvalidSettings.class);
        assertThatThrownBy(() -> config.saveTemplates("admin", "{\"templates\": [{\"id\": \"x\"}]}", 0))
                .isInstanceOf(InvalidSettings.class);
        assertThat(documents.read(AdminConfiguration.SETTINGS)).isEmpty();
        assertThat(documents.read(AdminConfiguration.TEMPLATES)).isEmpty();
        assertThat(audit.newest(10)).isEmpty();
    }

    @Test
    void aStoredRuleNamingADeletedTemplateIsDisabledWithItsErrorAndTheOthersRun() {
        AdminConfiguration config = configuration(audit);
        // Written as stored by an older version or a race, past the save-time check.
        documents.write(AdminConfiguration.RULES, """
                {"rules": [
                  {"id": "gone", "name": "Names a deleted template", "mode": "approval",
                   "trigger": {"type": "promiseDueWithin", "within": "PT2H"},
                   "actions": [{"type": "sendDelayNotice", "template": "deleted-since"}]},
                  {"id": "fine", "name": "Still fine", "mode": "approval",
                   "trigger": {"type": "promiseDueWithin", "within": "PT2H"},
                   "actions": [{"type": "sendDelayNotice", "template": "delay-notice"}]}]}""", 0, "admin");
        assertThat(config.rules().value().rules()).extracting(r -> r.id()).containsExactly("fine");
        assertThat(config.disabledRules()).singleElement().satisfies(e -> {
            assertThat(e.field()).startsWith("rules[0]");
            assertThat(e.message()).contains("deleted-since");
        });
        assertThat(config.rules().version()).isEqualTo(1);
    }

    @Test
    void theParsedDocumentIsReusedUntilItsVersionChanges() {
        AdminConfiguration config = configuration(audit);
        String defaults = config.settings().json();
        config.saveSettings("admin", defaults, 0);
        var first = config.settings().value();
        assertThat(config.settings().value()).isSameAs(first);
        config.saveSettings("admin", defaults.replace("\"jobIntervalMinutes\": 5", "\"jobIntervalMinutes\": 7"), 1);
        assertThat(config.settings().value().jobIntervalMinutes()).isEqualTo(7);
        // Another node's save is seen too: only the version in the database counts.
        documents.write(AdminConfiguration.SETTINGS, defaults.replace("\"jobIntervalMinutes\": 5",
                "\"jobIntervalMinutes\": 9"), 2, "other-node");
        assertThat(config.settings().value().jobIntervalMinutes()).isEqualTo(9);
    }

    @Test
    void onlyTheNewestVersionsOfADocumentAreKeptWhileTheAuditKeepsEveryChange() {
        AdminConfiguration config = configuration(audit);
        String defaults = config.settings().json();
        for (int v = 0; v < 8; v++) {
            config.saveSettings("admin", defaults.replace("\"jobIntervalMinutes\": 5",
                    "\"jobIntervalMinutes\": " + (10 + v)), v);
        }
        assertThat(ao.count(ConfigEntity.class, net.java.ao.Query.select().where("DOC_NAME = ?",
                AdminConfiguration.SETTINGS))).isEqualTo(ActiveObjectsConfigDocuments.VERSIONS_KEPT);
        assertThat(config.settings().version()).isEqualTo(8);
        assertThat(documents.version(AdminConfiguration.SETTINGS)).isEqualTo(8);
        assertThat(documents.version("never-saved")).isZero();
        assertThat(config.settings().value().jobIntervalMinutes()).isEqualTo(17);
        assertThat(config.audit(20)).hasSize(8);
        // The next save still claims its version: pruned claims are below it.
        config.saveSettings("admin", defaults, 8);
        assertThat(config.settings().version()).isEqualTo(9);
    }

    @Test
    void anUnknownNoticeAuthorOrSlaReaderIsNamedAndNothingIsSaved() {
        AdminConfiguration config = new AdminConfiguration(documents, audit, new ActiveObjectsUnitOfWork(ao), clock,
                ZoneId.of("UTC"), user -> user.equals("svc-notices"));
        String defaults = config.settings().json();
        String unknown = defaults.replaceFirst("\\{", "{\"noticeAuthor\": \"ghost\", \"slaReader\": \"nobody\",");
        assertThatThrownBy(() -> config.saveSettings("admin", unknown, 0)).isInstanceOfSatisfying(
                InvalidSettings.class, e -> assertThat(e.errors()).extracting(
                        io.promisekeeper.core.promise.FieldError::field).containsExactly("noticeAuthor", "slaReader"));
        assertThat(documents.read(AdminConfiguration.SETTINGS)).isEmpty();
        assertThat(audit.newest(10)).isEmpty();

        String known = defaults.replaceFirst("\\{", "{\"noticeAuthor\": \"svc-notices\",");
        config.saveSettings("admin", known, 0);
        assertThat(config.settings().value().noticeAuthor()).isEqualTo("svc-notices");
        assertThat(config.settings().value().slaReader()).isEmpty();
    }
}
