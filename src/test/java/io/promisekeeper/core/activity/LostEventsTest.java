package io.promisekeeper.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.BusinessCalendars;
import io.promisekeeper.core.calendar.Calendars;
import io.promisekeeper.core.calendar.DuePhrases;
import io.promisekeeper.core.detect.PromiseDetector;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.InMemoryPromiseStore;
import io.promisekeeper.core.promise.InMemorySuggestionStore;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseBroken;
import io.promisekeeper.core.promise.PromiseEvent;
import io.promisekeeper.core.promise.PromiseEvents;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSource;
import io.promisekeeper.core.promise.PromiseStatus;
import io.promisekeeper.core.promise.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Promises kept in Jira whose events never reached the app: the sweep and the start-up reconciliation keep them. */
class LostEventsTest {
    private static final Instant T0 = Instant.parse("2026-03-09T09:00:00Z");
    private static final Duration GRACE = Duration.ofMinutes(30);
    private static final List<PromiseKind> KEPT_BY_RECORD = List.of(PromiseKind.RESOLUTION, PromiseKind.CALLBACK,
            PromiseKind.UPDATE);

    private final BusinessCalendar office = Calendars.dutchOffice();
    private final InMemoryPromiseStore store = new InMemoryPromiseStore();
    private final PromiseEvents events = new PromiseEvents();
    private final List<PromiseEvent> heard = new ArrayList<>();
    /** What Jira recorded per ticket; a ticket missing here no longer exists. */
    private final Map<String, SettlingEvidence> jira = new HashMap<>();
    private final Set<String> unreadable = new java.util.HashSet<>();
    private final TicketActivity activity;

    LostEventsTest() {
        events.register(heard::add);
        BusinessCalendars calendars = new BusinessCalendars() {
            @Override
            public Optional<BusinessCalendar> byId(String id) {
                return Optional.of(office);
            }

            @Override
            public BusinessCalendar forTicket(String ticketKey) {
                return office;
            }
        };
        TicketEvidence evidence = key -> {
            if (unreadable.contains(key)) {
                throw new IllegalStateException("Jira cannot be read now");
            }
            return Optional.ofNullable(jira.get(key));
        };
        activity = new TicketActivity(store, new InMemorySuggestionStore(), calendars,
                new PromiseDetector(new DuePhrases()), events, UnitOfWork.direct(), GRACE, evidence);
    }

    private Promise promise(String ticket, PromiseKind kind, Duration dueIn) {
        return store.create(Promise.open(ticket, kind + " promise", kind, T0.plus(dueIn), office.id(), "anna", T0,
                Channel.EMAIL, PromiseSource.AGENT));
    }

    private static SettlingEvidence answered(PromiseKind kind, Instant at) {
        return kind == PromiseKind.RESOLUTION ? new SettlingEvidence(List.of(at), List.of())
                : new SettlingEvidence(List.of(), List.of(at));
    }

    @Test
    void theSweepKeepsWhatJiraRecordedInTimeAndBreaksOnlyTheRest() {
        List<Promise> keptInJira = new ArrayList<>();
        List<Promise> notKept = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            PromiseKind kind = KEPT_BY_RECORD.get(i % 3);
            String ticket = "SD-" + (i + 1);
            Promise p = promise(ticket, kind, Duration.ofHours(2));
            switch (i % 5) {
                // Kept in time in Jira; the event was dropped by a full queue or lost in a restart.
                case 0, 1, 2 -> {
                    jira.put(ticket, answered(kind, T0.plus(Duration.ofMinutes(10 + i % 100))));
                    keptInJira.add(p);
                }
                // Jira shows it too late, or only before the promise was made: not kept.
                case 3 -> {
                    jira.put(ticket, answered(kind, i % 2 == 0 ? T0.plus(Duration.ofHours(3)) : T0.minusSeconds(60)));
                    notKept.add(p);
                }
                // Kept by the other kind of evidence only: a comment keeps no resolution promise and vice versa.
                default -> {
                    PromiseKind other = kind == PromiseKind.RESOLUTION ? PromiseKind.CALLBACK : PromiseKind.RESOLUTION;
                    jira.put(ticket, answered(other, T0.plus(Duration.ofMinutes(20))));
                    notKept.add(p);
                }
            }
        }

        ActivityOutcome outcome = activity.breakOverdue(T0.plus(Duration.ofHours(3)));

        long markedBroken = keptInJira.stream()
                .filter(p -> store.find(p.id()).orElseThrow().status() == PromiseStatus.BROKEN).count();
        assertThat(keptInJira).allSatisfy(p -> assertThat(store.find(p.id()).orElseThrow().status())
                .isEqualTo(PromiseStatus.KEPT));
        assertThat(notKept).allSatisfy(p -> assertThat(store.find(p.id()).orElseThrow().status())
                .isEqualTo(PromiseStatus.BROKEN));
        assertThat(outcome.kept()).hasSize(keptInJira.size());
        assertThat(outcome.broken()).hasSize(notKept.size());
        // Kept as of when Jira recorded it, so the kept-rate and the notices see the true moment.
        Promise first = store.find(keptInJira.get(0).id()).orElseThrow();
        assertThat(first.lastChange().at()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        assertThat(heard.stream().filter(e -> e instanceof PromiseBroken).count()).isEqualTo(notKept.size());
        System.out.printf("lost events: %d promises kept in Jira while their events were dropped; %d marked broken%n",
                keptInJira.size(), markedBroken);
    }

    @Test
    void aTicketJiraCannotReadNowIsLeftOpenForTheNextSweepAndAGoneTicketIsBroken() {
        Promise unread = promise("SD-1", PromiseKind.RESOLUTION, Duration.ofHours(1));
        Promise gone = promise("SD-2", PromiseKind.RESOLUTION, Duration.ofHours(1));
        unreadable.add("SD-1");

        activity.breakOverdue(T0.plus(Duration.ofHours(2)));

        assertThat(store.find(unread.id()).orElseThrow().status()).isEqualTo(PromiseStatus.OPEN);
        assertThat(store.find(gone.id()).orElseThrow().status()).isEqualTo(PromiseStatus.BROKEN);

        unreadable.clear();
        jira.put("SD-1", answered(PromiseKind.RESOLUTION, T0.plus(Duration.ofMinutes(50))));
        activity.breakOverdue(T0.plus(Duration.ofHours(2)));
        assertThat(store.find(unread.id()).orElseThrow().status()).isEqualTo(PromiseStatus.KEPT);
    }

    @Test
    void atStartPromisesNotYetDueAreKeptFromWhatHappenedWhileTheAppWasAway() {
        Promise resolvedWhileAway = promise("SD-1", PromiseKind.RESOLUTION, Duration.ofDays(2));
        Promise answeredWhileAway = promise("SD-2", PromiseKind.UPDATE, Duration.ofDays(2));
        Promise stillOpen = promise("SD-3", PromiseKind.CALLBACK, Duration.ofDays(2));
        Promise visit = promise("SD-4", PromiseKind.VISIT, Duration.ofDays(2));
        jira.put("SD-1", answered(PromiseKind.RESOLUTION, T0.plus(Duration.ofHours(5))));
        jira.put("SD-2", answered(PromiseKind.UPDATE, T0.plus(Duration.ofHours(6))));
        jira.put("SD-3", SettlingEvidence.NONE);
        jira.put("SD-4", new SettlingEvidence(List.of(T0.plusSeconds(60)), List.of(T0.plusSeconds(60))));

        ActivityOutcome outcome = activity.reconcile(T0.plus(Duration.ofDays(1)));

        assertThat(outcome.kept()).extracting(Promise::id)
                .containsExactlyInAnyOrder(resolvedWhileAway.id(), answeredWhileAway.id());
        assertThat(outcome.broken()).isEmpty();
        assertThat(store.find(stillOpen.id()).orElseThrow().status()).isEqualTo(PromiseStatus.OPEN);
        // Only a person can say a visit was made.
        assertThat(store.find(visit.id()).orElseThrow().status()).isEqualTo(PromiseStatus.OPEN);
        // Run again (a second node starting): nothing changes twice.
        assertThat(activity.reconcile(T0.plus(Duration.ofDays(1))).kept()).isEmpty();
    }
}
