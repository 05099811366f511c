package io.promisekeeper.core.notice;

import io.promisekeeper.core.MessageKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.calendar.Calendars;
import io.promisekeeper.core.delight.DelightAction;
import io.promisekeeper.core.delight.DelightCatalogue;
import io.promisekeeper.core.delight.DelightLimits;
import io.promisekeeper.core.delight.DelightSettings;
import io.promisekeeper.core.delight.DelightState;
import io.promisekeeper.core.delight.DelightSuggestions;
import io.promisekeeper.core.delight.DismissReason;
import io.promisekeeper.core.delight.InMemoryDelightActions;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.InMemoryPromiseStore;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSource;
import io.promisekeeper.core.rules.Action;
import io.promisekeeper.core.rules.FixedTimerForecast;
import io.promisekeeper.core.rules.Rule;
import io.promisekeeper.core.rules.RuleEngine;
import io.promisekeeper.core.rules.RuleMode;
import io.promisekeeper.core.rules.RuleSet;
import io.promisekeeper.core.rules.TicketHistoryFacts;
import io.promisekeeper.core.rules.TicketSnapshot;
import io.promisekeeper.core.rules.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Rules that suggest gestures: once per subject episode, within the limits, and never as a customer contact. */
class DelightRoundTest {
    private static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");
    private static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
    private static final RoundSettings SETTINGS = new RoundSettings(Duration.ofDays(1), Duration.ofMinutes(15), 10);

    private final InMemoryPromiseStore promises = new InMemoryPromiseStore();
    private final InMemoryNoticeLog log = new InMemoryNoticeLog();
    private final InMemoryDelightActions delights = new InMemoryDelightActions();
    private final AtomicReference<DelightLimits> limits = new AtomicReference<>(new DelightLimits(5, 10_000, AMS));
    private final Map<String, TicketHistoryFacts> histories = new HashMap<>();

    @Test
    void aSecondReopenSuggestsTheCheckInOnceWithItsReason() {
        histories.put("SD-1", new TicketHistoryFacts(1, 4, 3, null));
        NoticeRound round = round(rule("reopen2", new Trigger.TicketReopened(2), "after-reopen-check-in"));

        assertThat(round.reevaluate("SD-1", NOW).delights()).isZero();
        histories.put("SD-1", new TicketHistoryFacts(2, 6, 3, null));
        RoundReport report = round.reevaluate("SD-1", NOW.plusSeconds(60));
        round.reevaluate("SD-1", NOW.plusSeconds(120));

        assertThat(report.delights()).isEqualTo(1);
        assertThat(delights.forTicket("SD-1")).singleElement().satisfies(a -> {
            assertThat(a.gestureId()).isEqualTo("after-reopen-check-in");
            assertThat(a.state()).isEqualTo(DelightState.SUGGESTED);
            assertThat(MessageKey.decode(a.reason()).orElseThrow().args().get(1))
                    .isEqualTo(MessageKey.of("reason.reopened.times", 2));
            assertThat(a.customer()).isEqualTo("cust-SD-1");
            assertThat(a.projectKey()).isEqualTo("SD");
        });
        // For the agent, not the customer: the contact cap is untouched.
        assertThat(log.contactsSince("cust-SD-1", NOW.minusSeconds(1))).isEmpty();
    }

    @Test
    void overTheCustomersMonthlyCapTheGestureIsSkippedWithAReasonAndComesOnceThereIsRoom() {
        limits.set(new DelightLimits(1, 10_000, AMS));
        histories.put("SD-1", new TicketHistoryFacts(0, 30, 0, null));
        NoticeRound round = round(rule("hard", new Trigger.HardTicket(20), "personal-call"),
                rule("first", new Trigger.CustomerFirstTicket(), "thank-you-note"));

        RoundReport report = round.reevaluate("SD-1", NOW);

        assertThat(report.delights()).isEqualTo(1);
        assertThat(report.delightsSkipped()).isEqualTo(1);
        assertThat(report.skipReasons()).singleElement().asString()
                .contains("SD-1 thank-you-note").contains("at most 1");
        DelightAction call = delights.forTicket("SD-1").get(0);
        delights.act(call.dismiss(DismissReason.CUSTOMER_UNREACHABLE, "", "anna", NOW.plusSeconds(30)));

        assertThat(round.reevaluate("SD-1", NOW.plusSeconds(60)).delights()).isEqualTo(1);
        assertThat(delights.forTicket("SD-1")).extracting(DelightAction::gestureId)
                .containsExactly("personal-call", "thank-you-note");
    }

    @Test
    void aGestureWithACostStaysWithinTheTeamBudget() {
        limits.set(new DelightLimits(5, 3000, AMS));
        for (String key : List.of("SD-1", "SD-2")) {
            promises.create(Promise.open(key, "Call back", PromiseKind.CALLBACK, NOW.minus(Duration.ofHours(1)),
                    "nl-office", "anna", NOW.minus(Duration.ofDays(1)), Channel.EMAIL, PromiseSource.AGENT)
                    .markBroken("sweep", NOW.minus(Duration.ofMinutes(50)), "overdue"));
        }
        NoticeRound round = round(rule("broken", new Trigger.PromiseBroken(), "goodwill-gesture"));

        RoundReport report = round.reevaluate("SD-1", NOW).plus(round.reevaluate("SD-2", NOW));

        assertThat(report.delights()).isEqualTo(1);
        assertThat(report.skipReasons()).singleElement().asString().contains("budget");
    }

    @Test
    void aFollowUpFiresAWeekAfterResolutionButNotForTicketsResolvedLongAgo() {
        histories.put("SD-1", new TicketHistoryFacts(0, 5, 2, NOW.minus(Duration.ofDays(8))));
        histories.put("SD-2", new TicketHistoryFacts(0, 5, 2, NOW.minus(Duration.ofDays(60))));
        NoticeRound round = round(rule("week", new Trigger.AfterResolution(Duration.ofDays(7)),
                "follow-up-after-resolution"));

        round.reevaluate("SD-1", NOW);
        round.reevaluate("SD-2", NOW);

        assertThat(delights.forTicket("SD-1")).hasSize(1);
        assertThat(delights.forTicket("SD-2")).isEmpty();
    }

    @Test
    void aRoundWithoutDelightSetUpReportsTheGestureAsSkipped() {
        histories.put("SD-1", new TicketHistoryFacts(0, 5, 0, null));
        NoticePlanner planner = new NoticePlanner(new RuleEngine(new FixedTimerForecast(0.25)),
                new NoticePolicy(QuietHours.none(), new ContactCap(1, 5), Duration.ofMinutes(30)),
                NoticeTemplates.defaults(), log);
        NoticeRound round = new NoticeRound(promises, this::snapshots,
                () -> new RuleSet(List.of(rule("first", new Trigger.CustomerFirstTicket(), "personal-call"))),
                planner, log, new InMemoryNoticeJournal(), new NoticeOutlets(n -> { }, new InMemoryAgentPrompts(),
                TeamTasks.ignored()), SETTINGS);

        assertThat(round.reevaluate("SD-1", NOW).delightsSkipped()).isEqualTo(1);
    }

    private NoticeRound round(Rule... rules) {
        NoticePlanner planner = new NoticePlanner(new RuleEngine(new FixedTimerForecast(0.25)),
                new NoticePolicy(QuietHours.none(), new ContactCap(1, 5), Duration.ofMinutes(30)),
                NoticeTemplates.defaults(), log);
        DelightSuggestions suggestions = new DelightSuggestions(delights,
                () -> new DelightSettings(DelightCatalogue.defaults(), limits.get()));
        return new NoticeRound(promises, this::snapshots, () -> new RuleSet(List.of(rules)), planner, log,
                new InMemoryNoticeJournal(), new NoticeOutlets(n -> { }, new InMemoryAgentPrompts(),
                TeamTasks.ignored()), SETTINGS, suggestions);
    }

    private static Rule rule(String id, Trigger trigger, String gesture) {
        return new Rule(id, "Rule " + id, true, RuleMode.APPROVAL, trigger, List.of(),
                List.of(new Action.SuggestDelight(gesture)));
    }

    private Map<String, TicketSnapshot> snapshots(Collection<String> keys) {
        Map<String, TicketSnapshot> out = new HashMap<>();
        for (String k : keys) {
            out.put(k, new TicketSnapshot(k, "SD", "Question", "Medium", Set.of(), Set.of(), "Open", "cust-" + k,
                    "Kim", "nl", AMS, "Anna", null, null, null, 0, false, List.of(), Calendars.dutchOffice())
                    .withHistory(histories.getOrDefault(k, TicketHistoryFacts.unknown(false))));
        }
        return out;
    }
}
