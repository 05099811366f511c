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
    private final ConfigDocuments documents = new ConfigDocuments() {
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
    };
    private final AdminConfiguration configuration = new AdminConfiguration(documents, new AuditTrail() {
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

    @Test
    void aWindowWithFarMoreResolvedTicketsThanARoundReadsIsReadInFullByTwoNodesTakingTurns() {
        configuration.saveRules("admin", """
                {"rules": [{"id": "week", "name": "A week later", "mode": "approval",
                            "trigger": {"type": "afterResolution", "after": "P7D"},
                            "actions": [{"type": "suggestDelight", "gesture": "follow-up-after-resolution"}]}]}""",
                0);
        // 5,000 tickets resolved 7 to 21 days ago, ten at a time in the same millisecond, ids not in key order.
        List<ResolvedTicket> resolved = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            Instant at = NOW.minus(Duration.ofDays(21)).plus(Duration.ofMinutes(4 * (i / 10)));
            resolved.add(new ResolvedTicket("SD-" + (i + 1), 90_000 - i, at));
        }
        resolved.sort(ResolvedTicket.ORDER);
        ResolvedTicketKeys jira = (after, to, limit) -> {
            List<ResolvedTicket> page = new ArrayList<>();
            for (ResolvedTicket t : resolved) {
                if (after.precedes(t) && !t.resolvedAt().isAfter(to)
                        && (page.size() < limit || t.resolvedAt().equals(page.get(page.size() - 1).resolvedAt()))) {
                    page.add(t);
                }
            }
            return page;
        };
        Set<String> evaluated = new java.util.HashSet<>();
        List<ConfiguredNoticeRounds> nodes = List.of(rounds(jira, evaluated), rounds(jira, evaluated));

        // The window moves on by a minute a round, as the clock does; the cursor is shared through the documents.
        int rounds = 0;
        while (evaluated.size() < resolved.size() && rounds < 100) {
            ConfiguredNoticeRounds node = nodes.get(rounds % 2);
            node.followUps(node.get(), NOW.plus(Duration.ofMinutes(rounds)));
            rounds++;
        }

        assertThat(evaluated).hasSize(5000);
        assertThat(rounds).isEqualTo(5000 / ConfiguredNoticeRounds.MAX_FOLLOW_UP_TICKETS);
        assertThat(docs).containsKey(FollowUpCursors.DOCUMENT);
        System.out.printf("follow-ups: %d resolved tickets in the window, %d evaluated (%d rounds of at most %d)%n",
                resolved.size(), evaluated.size(), rounds, ConfiguredNoticeRounds.MAX_FOLLOW_UP_TICKETS);
    }

    private ConfiguredNoticeRounds rounds(ResolvedTicketKeys jira, Set<String> evaluated) {
        TicketSnapshots snapshots = keys -> {
            evaluated.addAll(keys);
            Map<String, TicketSnapshot> out = new HashMap<>();
            keys.forEach(k -> out.put(k, new TicketSnapshot(k, "SD", "Question", "Medium", Set.of(), Set.of(),
                    "Resolved", "cust-" + k, "Kim", "nl", AMS, "Anna", null, null, null, 0, false, List.of(),
                    Calendars.dutchOffice())));
            return out;
        };
        return new ConfiguredNoticeRounds(configuration, new FixedTimerForecast(0.2), new InMemoryPromiseStore(),
                snapshots, new InMemoryNoticeLog(), new InMemoryNoticeJournal(),
                new NoticeOutlets(n -> { }, new InMemoryAgentPrompts(), TeamTasks.ignored()),
                RoundSettings.defaults(), delights, jira, new FollowUpCursors(documents));
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
                RoundSettings.defaults(), delights, (after, to, limit) -> {
                    asked.add(new Instant[] {after.resolvedAt(), to});
                    return List.of(new ResolvedTicket("SD-1", 10001, NOW.minus(Duration.ofDays(8))));
                });
    }
}
