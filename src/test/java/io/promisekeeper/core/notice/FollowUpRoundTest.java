package io.promisekeeper.core.notice;

import io.promisekeeper.core.settings.ConfiguredNoticeRounds;
import io.promisekeeper.core.MessageKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.calendar.Calendars;
import io.promisekeeper.core.config.AuditEntry;
import io.promisekeeper.core.config.AuditTrail;
import io.promisekeeper.core.config.ConfigDocument;
import io.promisekeeper.core.config.ConfigDocuments;
import io.promisekeeper.core.delight.InMemoryDelightActions;
import io.promisekeeper.core.promise.InMemoryPromiseStore;
import io.promisekeeper.core.promise.UnitOfWork;
import io.promisekeeper.core.rules.FixedTimerForecast;
import io.promisekeeper.core.rules.TicketHistoryFacts;
import io.promisekeeper.core.rules.TicketSnapshot;
import io.promisekeeper.core.settings.AdminConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Follow-ups after resolution: the round asks for resolved tickets in the rules' window, and only then. */
class FollowUpRoundTest {
    private static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");
    private static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");

    private final Map<String, ConfigDocument> docs = new HashMap<>();
    private final AdminConfiguration configuration = new AdminConfiguration(new ConfigDocuments() {
        @Override
        public Optional<ConfigDocument> read(String name) {
            return Optional.ofNullable(docs.get(name));
        }

        @Override
        public ConfigDocument write(String name, String content, long expectedVersion, String changedBy) {
            ConfigDocument d = new ConfigDocument(name, content, expectedVersion + 1, changedBy, NOW);
            docs.put(name, d);
            return d;
        }
    }, new AuditTrail() {
        @Override
        public AuditEntry record(AuditEntry entry) {
            return entry;
        }

        @Override
        public List<AuditEntry> newest(int limit) {
            return List.of();
        }
    }, UnitOfWork.direct(), Clock.fixed(NOW, ZoneOffset.UTC), AMS);
    private final InMemoryDelightActions delights = new InMemoryDelightActions();
    private final List<Instant[]> asked = new ArrayList<>();

    @Test
    void withoutAFollowUpRuleNoTicketsAreAskedFor() {
        ConfiguredNoticeRounds rounds = rounds();

        assertThat(rounds.followUps(rounds.get(), NOW)).isEqualTo(RoundReport.none());
        assertThat(asked).isEmpty();
    }

    @Test
    void aResolvedTicketInTheWindowGetsItsFollowUpOnce() {
        configuration.saveRules("admin", """
                {"rules": [{"id": "week", "name": "A week later", "mode": "approval",
                            "trigger": {"type": "afterResolution", "after": "P7D"},
                            "actions": [{"type": "suggestDelight", "gesture": "follow-up-after-resolution"}]}]}""",
                0);
        ConfiguredNoticeRounds rounds = rounds();

        RoundReport first = rounds.followUps(rounds.get(), NOW);
        rounds.followUps(rounds.get(), NOW.plus(Duration.ofHours(1)));

        assertThat(asked.get(0)).containsExactly(NOW.minus(Duration.ofDays(21)), NOW.minus(Duration.ofDays(7)));
        assertThat(first.delights()).isEqualTo(1);
        assertThat(delights.forTicket("SD-1")).singleElement()
                .satisfies(a -> assertThat(((MessageKey) MessageKey.decode(a.reason()).orElseThrow().args().get(1))
                        .args().get(0)).as("days since resolved").isEqualTo(8L));
    }

    private ConfiguredNoticeRounds rounds() {
        TicketSnapshots snapshots = keys -> {
            Map<String, TicketSnapshot> out = new HashMap<>();
            keys.forEach(k -> out.put(k, new TicketSnapshot(k, "SD", "Question", "Medium", Set.of(), Set.of(),
                    "Resolved", "cust-" + k, "Kim", "nl", AMS, "Anna", null, null, null, 0, false, List.of(),
                    Calendars.dutchOffice()).withHistory(new TicketHistoryFacts(0, 3, 1,
                    NOW.minus(Duration.ofDays(8))))));
            return out;
        };
        return new ConfiguredNoticeRounds(configuration, new FixedTimerForecast(0.2), new InMemoryPromiseStore(),
                snapshots, new InMemoryNoticeLog(), new InMemoryNoticeJournal(),
                new NoticeOutlets(n -> { }, new InMemoryAgentPrompts(), TeamTasks.ignored()),
                RoundSettings.defaults(), delights, (from, to, limit) -> {
                    asked.add(new Instant[] {from, to});
                    return List.of("SD-1");
                });
    }
}
