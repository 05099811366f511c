package io.promisekeeper.cli.bench;

import io.promisekeeper.standin.BundleTexts;
import io.promisekeeper.standin.VelocityTemplates;
import io.promisekeeper.standin.EntityManagerActiveObjects;
import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.SingleCalendar;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseEvents;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseLedger;
import io.promisekeeper.core.promise.PromiseSource;
import io.promisekeeper.core.promise.PromiseSuggestion;
import io.promisekeeper.core.promise.SuggestionStatus;
import io.promisekeeper.core.view.PromiseOverview;
import io.promisekeeper.jira.access.Viewer;
import io.promisekeeper.jira.panel.AgentPanel;
import io.promisekeeper.jira.store.ActiveObjectsPromiseStore;
import io.promisekeeper.jira.store.ActiveObjectsSuggestionStore;
import io.promisekeeper.jira.store.ActiveObjectsUnitOfWork;
import io.promisekeeper.jira.store.StoreSchema;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The agent panel rendered on the server for a ticket with 50 promises, 20 suggested promises and 20 prompts (10
 * drafted delay notices, 10 delight gestures) with their notice log: store reads (Active Objects on H2), the view,
 * the template. This is what the issue view waits for.
 */
public final class PanelBench {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String TICKET = "BENCH-1";

    private final int warmup;
    private final int renders;

    public PanelBench(int warmup, int renders) {
        this.warmup = warmup;
        this.renders = renders;
    }

    public Timings run() {
        try (EntityManagerActiveObjects ao = EntityManagerActiveObjects.open(
                "jdbc:h2:mem:panelbench;DB_CLOSE_DELAY=-1", "sa", "", StoreSchema.ENTITIES)) {
            ActiveObjectsPromiseStore promises = new ActiveObjectsPromiseStore(ao);
            ActiveObjectsSuggestionStore suggestions = new ActiveObjectsSuggestionStore(ao);
            seed(promises, suggestions);
            var prompts = new io.promisekeeper.jira.store.ActiveObjectsAgentPrompts(ao);
            var journal = new io.promisekeeper.jira.store.ActiveObjectsNoticeJournal(ao);
            var gestures = new io.promisekeeper.jira.store.ActiveObjectsDelightActions(ao);
            seedPrompts(promises, prompts, journal, gestures);
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            PromiseLedger ledger = new PromiseLedger(promises, suggestions, new ActiveObjectsUnitOfWork(ao),
                    new PromiseEvents(), clock);
            SingleCalendar calendars = new SingleCalendar(BusinessCalendar.weekdays("default",
                    ZoneId.of("Europe/Amsterdam"), 9, 17, Set.of()));
            // Prompts and notices are read from their real (here empty) stores: a panel pays for those queries too.
            AgentPanel panel = new AgentPanel(new PromiseOverview(ledger, calendars, clock),
                    new io.promisekeeper.core.view.NoticeOverview(prompts, journal,
                            new io.promisekeeper.core.rules.FixedTimerForecast(0.25), clock),
                    new io.promisekeeper.core.view.GestureOverview(
                            gestures,
                            io.promisekeeper.core.delight.DelightCatalogue::defaults, clock),
                    () -> io.promisekeeper.core.learning.ForecastStatus.fallback(0, 200), new BundleTexts(),
                    io.promisekeeper.cli.preview.PreviewUsers.samples(), new VelocityTemplates());
            Viewer viewer = new Viewer("agent", TICKET, Locale.ENGLISH, ZoneId.of("Europe/Amsterdam"), true);
            int size = 0;
            for (int i = 0; i < warmup; i++) {
                size += panel.render(viewer).length();
            }
            long[] nanos = new long[renders];
            for (int i = 0; i < renders; i++) {
                long start = System.nanoTime();
                size += panel.render(viewer).length();
                nanos[i] = System.nanoTime() - start;
            }
            if (size == 0) {
                throw new IllegalStateException("the panel rendered empty");
            }
            return new Timings("agent panel, 50 promises + 20 suggestions + 20 prompts", nanos);
        }
    }

    private static void seedPrompts(ActiveObjectsPromiseStore promises,
                                    io.promisekeeper.jira.store.ActiveObjectsAgentPrompts prompts,
                                    io.promisekeeper.jira.store.ActiveObjectsNoticeJournal journal,
                                    io.promisekeeper.jira.store.ActiveObjectsDelightActions gestures) {
        List<Promise> open = promises.listByTicket(TICKET).stream().filter(Promise::isOpen).limit(10).toList();
        for (Promise p : open) {
            var notice = new io.promisekeeper.core.notice.DelayNotice(p.id(), TICKET, "customer",
                    new io.promisekeeper.core.notice.EpisodeKey("promise:" + p.id(), 1), "nl",
                    "Beste Sanne, het wordt later dan beloofd: " + p.text(), "risk", "delay-notice",
                    io.promisekeeper.core.rules.RuleMode.APPROVAL, NOW, "promise at risk");
            journal.claimed(notice, NOW);
            prompts.add(new io.promisekeeper.core.notice.AgentPrompt(notice,
                    io.promisekeeper.core.notice.PromptReason.APPROVAL, notice.reason(), NOW));
            journal.mark(notice.episode(), io.promisekeeper.core.notice.NoticeState.DRAFTED, NOW);
        }
        List<String> ids = List.copyOf(io.promisekeeper.core.delight.DelightCatalogue.defaults().ids());
        for (int i = 0; i < 10; i++) {
            String gesture = ids.get(i % ids.size());
            var a = io.promisekeeper.core.delight.DelightAction.suggested(TICKET, "customer", "BENCH", gesture, "care",
                    "ticket:" + TICKET + ":bench#" + i, "promise broken yesterday", 0, NOW.minusSeconds(i));
            gestures.suggest(a, new io.promisekeeper.core.delight.DelightClaim(a.subject() + "|" + gesture,
                    "customer|" + i, null));
        }
    }

    private static void seed(ActiveObjectsPromiseStore promises, ActiveObjectsSuggestionStore suggestions) {
        PromiseKind[] kinds = PromiseKind.values();
        for (int i = 0; i < 50; i++) {
            Promise p = promises.create(Promise.open(TICKET, "Promise number " + i + ": we call you back <soon>",
                    kinds[i % kinds.length], NOW.plus(Duration.ofHours(i - 10)), "default", "agent-" + (i % 3),
                    NOW.minus(Duration.ofDays(2)), Channel.PHONE, PromiseSource.AGENT));
            if (i % 5 == 0) {
                Promise kept = p.keep("agent-1", NOW.minus(Duration.ofHours(1)), "called");
                promises.update(kept, p.version(), kept.lastChange());
            }
        }
        for (int i = 0; i < 20; i++) {
            suggestions.create(new PromiseSuggestion(0, TICKET, "I'll send you an update tomorrow (" + i + ")",
                    PromiseKind.UPDATE, NOW.plus(Duration.ofHours(24 + i)), "default", "agent-2",
                    NOW.minus(Duration.ofMinutes(i)), SuggestionStatus.PENDING));
        }
    }
}
