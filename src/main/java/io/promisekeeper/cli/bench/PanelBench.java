package io.promisekeeper.cli.bench;

import io.promisekeeper.cli.preview.BundleTexts;
import io.promisekeeper.cli.preview.VelocityTemplates;
import io.promisekeeper.cli.store.EntityManagerActiveObjects;
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
import java.util.Locale;
import java.util.Set;

/**
 * The agent panel rendered on the server for a ticket with 50 promises and 20 suggested promises: store reads
 * (Active Objects on H2), the view, the template. This is what the issue view waits for.
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
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            PromiseLedger ledger = new PromiseLedger(promises, suggestions, new ActiveObjectsUnitOfWork(ao),
                    new PromiseEvents(), clock);
            SingleCalendar calendars = new SingleCalendar(BusinessCalendar.weekdays("default",
                    ZoneId.of("Europe/Amsterdam"), 9, 17, Set.of()));
            // Prompts and notices are read from their real (here empty) stores: a panel pays for those queries too.
            AgentPanel panel = new AgentPanel(new PromiseOverview(ledger, calendars, clock),
                    new io.promisekeeper.core.view.NoticeOverview(new io.promisekeeper.jira.store.ActiveObjectsAgentPrompts(ao),
                            new io.promisekeeper.jira.store.ActiveObjectsNoticeJournal(ao),
                            new io.promisekeeper.core.rules.FixedTimerForecast(0.25), clock),
                    new io.promisekeeper.core.view.GestureOverview(
                            new io.promisekeeper.jira.store.ActiveObjectsDelightActions(ao),
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
            return new Timings("agent panel, 50 promises + 20 suggestions", nanos);
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
