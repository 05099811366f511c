package io.promisekeeper.core.activity;

import io.promisekeeper.core.MessageKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.BusinessCalendars;
import io.promisekeeper.core.calendar.Calendars;
import io.promisekeeper.core.calendar.DuePhrases;
import io.promisekeeper.core.detect.PromiseDetector;
import io.promisekeeper.core.promise.ChangeType;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.InMemoryPromiseStore;
import io.promisekeeper.core.promise.InMemorySuggestionStore;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseBroken;
import io.promisekeeper.core.promise.PromiseChange;
import io.promisekeeper.core.promise.PromiseEvent;
import io.promisekeeper.core.promise.PromiseEvents;
import io.promisekeeper.core.promise.PromiseKept;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSource;
import io.promisekeeper.core.promise.PromiseStatus;
import io.promisekeeper.core.promise.PromiseSuggested;
import io.promisekeeper.core.promise.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketActivityTest {
    // Monday 9 March 2026, 10:00 CET.
    private static final Instant T0 = Instant.parse("2026-03-09T09:00:00Z");
    private final BusinessCalendar office = Calendars.dutchOffice();
    private final InMemoryPromiseStore store = new InMemoryPromiseStore();
    private final InMemorySuggestionStore suggestions = new InMemorySuggestionStore();
    private final PromiseEvents events = new PromiseEvents();
    private final List<PromiseEvent> heard = new ArrayList<>();
    private final TicketActivity activity;

    TicketActivityTest() {
        events.register(heard::add);
        BusinessCalendars calendars = new BusinessCalendars() {
            @Override
            public Optional<BusinessCalendar> byId(String id) {
                return Optional.of(office).filter(c -> c.id().equals(id));
            }

            @Override
            public BusinessCalendar forTicket(String ticketKey) {
                return office;
            }
        };
        activity = new TicketActivity(store, suggestions, calendars, new PromiseDetector(new DuePhrases()), events,
                UnitOfWork.direct(), Duration.ofMinutes(30));
    }

    private Promise promise(String ticket, PromiseKind kind, Duration dueIn) {
        return store.create(Promise.open(ticket, kind + " promise", kind, T0.plus(dueIn), office.id(), "anna", T0,
                Channel.EMAIL, PromiseSource.AGENT));
    }

    @Test
    void resolutionBeforeDueKeepsOnlyResolutionPromises() {
        Promise resolution = promise("SD-1", PromiseKind.RESOLUTION, Duration.ofHours(4));
        Promise callback = promise("SD-1", PromiseKind.CALLBACK, Duration.ofHours(4));
        Promise otherTicket = promise("SD-2", PromiseKind.RESOLUTION, Duration.ofHours(4));

        ActivityOutcome outcome = activity.on(new TicketResolved("SD-1", T0.plus(Duration.ofHours(1))));

        assertThat(outcome.kept()).extracting(Promise::id).containsExactly(resolution.id());
        assertThat(store.find(resolution.id()).orElseThrow().status()).isEqualTo(PromiseStatus.KEPT);
        assertThat(store.find(resolution.id()).orElseThrow().lastChange().who()).isEqualTo(PromiseChange.SYSTEM);
        assertThat(store.find(callback.id()).orElseThrow().status()).isEqualTo(PromiseStatus.OPEN);
        assertThat(store.find(otherTicket.id()).orElseThrow().status()).isEqualTo(PromiseStatus.OPEN);
        assertThat(heard).singleElement().isInstanceOfSatisfying(PromiseKept.class,
                e -> assertThat(e.automatic()).isTrue());
    }

    @Test
    void resolutionAfterDueKeepsNothing() {
        Promise resolution = promise("SD-1", PromiseKind.RESOLUTION, Duration.ofHours(1));
        assertThat(activity.on(new TicketResolved("SD-1", T0.plus(Duration.ofHours(2)))).isEmpty()).isTrue();
        assertThat(store.find(resolution.id()).orElseThrow().status()).isEqualTo(PromiseStatus.OPEN);
    }

    @Test
    void publicAgentCommentKeepsCallbackAndUpdateButNotOthers() {
        Promise callback = promise("SD-1", PromiseKind.CALLBACK, Duration.ofHours(2));
        Promise update = promise("SD-1", PromiseKind.UPDATE, Duration.ofHours(2));
        Promise delivery = promise("SD-1", PromiseKind.DELIVERY, Duration.ofHours(2));

        ActivityOutcome outcome = activity.on(new PublicAgentComment("SD-1", "anna", T0.plus(Duration.ofHours(1)),
                "We spoke on the phone, summary below."));

        assertThat(outcome.kept()).extracting(Promise::id).containsExactlyInAnyOrder(callback.id(), update.id());
        assertThat(store.find(delivery.id()).orElseThrow().status()).isEqualTo(PromiseStatus.OPEN);
        assertThat(outcome.suggested()).isEmpty();
    }

    @Test
    void internalCommentKeepsNothingAndSuggestsNothing() {
        Promise callback = promise("SD-1", PromiseKind.CALLBACK, Duration.ofHours(2));
        ActivityOutcome outcome = activity.on(new InternalComment("SD-1", "anna", T0.plus(Duration.ofHours(1)),
                "I'll call them tomorrow."));
        assertThat(outcome.isEmpty()).isTrue();
        assertThat(store.find(callback.id()).orElseThrow().status()).isEqualTo(PromiseStatus.OPEN);
        assertThat(suggestions.all()).isEmpty();
    }

    @Test
    void promisesInPublicCommentsBecomeSuggestionsNeverPromises() {
        PublicAgentComment comment = new PublicAgentComment("SD-3", "anna", T0,
                "Thanks for the logs. I'll call you back tomorrow before noon.\n> Can you fix it by Friday?");
        ActivityOutcome outcome = activity.on(comment);

        assertThat(outcome.suggested()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(PromiseKind.CALLBACK);
            assertThat(s.due()).isEqualTo(Instant.parse("2026-03-10T11:00:00Z"));
            assertThat(s.sentence()).isEqualTo("I'll call you back tomorrow before noon.");
            assertThat(s.author()).isEqualTo("anna");
        });
        assertThat(store.all()).isEmpty();
        assertThat(heard).singleElement().isInstanceOf(PromiseSuggested.class);

        // The same comment delivered again raises no second suggestion.
        assertThat(activity.on(comment).suggested()).isEmpty();
        assertThat(suggestions.all()).hasSize(1);
    }

    @Test
    void sweepBreaksOnlyPromisesPastDuePlusGrace() {
        Promise late = promise("SD-1", PromiseKind.CALLBACK, Duration.ofHours(1));
        Promise withinGrace = promise("SD-1", PromiseKind.UPDATE, Duration.ofHours(2));
        Promise future = promise("SD-1", PromiseKind.DELIVERY, Duration.ofHours(5));
        Instant now = T0.plus(Duration.ofHours(2)).plus(Duration.ofMinutes(10));

        ActivityOutcome outcome = activity.breakOverdue(now);

        assertThat(outcome.broken()).extracting(Promise::id).containsExactly(late.id());
        assertThat(store.find(late.id()).orElseThrow().lastChange().type()).isEqualTo(ChangeType.BROKEN);
        assertThat(store.find(withinGrace.id()).orElseThrow().status()).isEqualTo(PromiseStatus.OPEN);
        assertThat(store.find(future.id()).orElseThrow().status()).isEqualTo(PromiseStatus.OPEN);
        assertThat(heard).singleElement().isInstanceOfSatisfying(PromiseBroken.class, e -> {
            assertThat(e.automatic()).isTrue();
            assertThat(e.promise().id()).isEqualTo(late.id());
        });
        // A second sweep finds nothing more to break.
        assertThat(activity.breakOverdue(now).broken()).isEmpty();
    }

    @Test
    void assigneeChangeNotesOpenPromisesOnly() {
        Promise open = promise("SD-1", PromiseKind.CALLBACK, Duration.ofHours(1));
        Promise done = promise("SD-1", PromiseKind.UPDATE, Duration.ofHours(1));
        store.update(done.keep("anna", T0, "done"), done.version(), done.keep("anna", T0, "done").lastChange());

        activity.on(new AssigneeChanged("SD-1", "anna", "bob", T0.plusSeconds(60)));

        assertThat(store.find(open.id()).orElseThrow().lastChange().detail())
                .isEqualTo(MessageKey.of("history.reassigned", "anna", "bob").encoded());
        assertThat(store.find(done.id()).orElseThrow().lastChange().type()).isEqualTo(ChangeType.KEPT);
    }
}
