package io.promisekeeper.core.delight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever rules ask for and whatever agents then do, no customer gets more gestures in a month than the cap,
 * no project spends or promises more than its budget in a month, and no gesture is suggested twice for one subject —
 * also when two nodes decide from the same stale reads.
 */
class DelightLimitsProperties {
    private static final Instant START = Instant.parse("2026-01-20T08:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final List<DelightGesture> GESTURES = List.of(
            gesture("call", 0), gesture("flowers", 2500), gesture("voucher", 4000), gesture("note", 0));

    /** One step: a rule asks for a gesture, or an agent acts on a suggestion. */
    record Step(int customer, int project, int gesture, int subject, int hoursLater, int act, int target) {
    }

    @Property(tries = 400)
    void limitsHoldWhateverTheSequence(@ForAll("steps") List<Step> steps, @ForAll @IntRange(max = 4) int cap,
                                       @ForAll @IntRange(max = 100) int budgetEuros) {
        DelightLimits limits = new DelightLimits(cap, budgetEuros * 100L, ZONE);
        InMemoryDelightActions store = new InMemoryDelightActions();
        DelightSuggestions suggestions = new DelightSuggestions(store, () -> settings(limits));
        Instant now = START;
        for (Step s : steps) {
            now = now.plus(Duration.ofHours(s.hoursLater()));
            if (s.act() == 0) {
                suggestions.offer(candidate(s), now);
            } else {
                act(store, s, now);
            }
            assertWithinLimits(store, limits);
        }
    }

    @Property(tries = 300)
    void twoNodesReadingTheSameStateStillStayWithinLimits(@ForAll("steps") List<Step> steps,
                                                          @ForAll @IntRange(min = 1, max = 3) int cap,
                                                          @ForAll @IntRange(max = 80) int budgetEuros) {
        DelightLimits limits = new DelightLimits(cap, budgetEuros * 100L, ZONE);
        InMemoryDelightActions shared = new InMemoryDelightActions();
        Instant now = START;
        for (int i = 0; i + 1 < steps.size(); i += 2) {
            now = now.plus(Duration.ofHours(steps.get(i).hoursLater()));
            // Both nodes read before either writes: the race a lock-free cluster must survive.
            StaleReads stale = new StaleReads(shared, now);
            DelightSuggestions nodeA = new DelightSuggestions(stale, () -> settings(limits));
            DelightSuggestions nodeB = new DelightSuggestions(stale, () -> settings(limits));
            nodeA.offer(candidate(steps.get(i)), now);
            nodeB.offer(candidate(steps.get(i + 1)), now);
            if (steps.get(i).act() != 0) {
                act(shared, steps.get(i), now);
            }
            assertWithinLimits(shared, limits);
        }
    }

    private static void assertWithinLimits(InMemoryDelightActions store, DelightLimits limits) {
        List<DelightAction> all = store.suggestedBetween(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"),
                Optional.empty());
        Map<String, Integer> perCustomer = new HashMap<>();
        Map<String, Long> perProject = new HashMap<>();
        Set<String> subjects = new HashSet<>();
        for (DelightAction a : all) {
            assertThat(subjects.add(a.subject() + "|" + a.gestureId())).as("never twice").isTrue();
            YearMonth month = limits.monthOf(a.suggestedAt());
            if (limits.counts(a, month)) {
                perCustomer.merge(a.customer() + month, 1, Integer::sum);
                perProject.merge(a.projectKey() + month, a.costCents(), Long::sum);
            }
        }
        perCustomer.values().forEach(n -> assertThat(n).isLessThanOrEqualTo(limits.perCustomerPerMonth()));
        perProject.values().forEach(c -> assertThat(c).isLessThanOrEqualTo(limits.budgetCentsPerProjectPerMonth()));
    }

    private static void act(DelightActions store, Step s, Instant now) {
        List<DelightAction> all = store.suggestedBetween(Instant.EPOCH, now.plusSeconds(1), Optional.empty());
        if (all.isEmpty()) {
            return;
        }
        DelightAction a = all.get(s.target() % all.size());
        try {
            DelightAction changed = switch (s.act()) {
                case 1 -> a.done("ok", "agent", now);
                case 2 -> a.dismiss(DismissReason.values()[s.target() % 4], "", "agent", now);
                default -> a.snooze(now.plus(Duration.ofHours(1 + s.target() % 48)), "agent", now);
            };
            store.act(changed);
        } catch (InvalidDelightAct notNow) {
            // Acting on a settled or still snoozed suggestion is refused, which is part of the sequence too.
        }
    }

    private static DelightCandidate candidate(Step s) {
        return new DelightCandidate("SD-" + s.subject(), "cust-" + s.customer(), "project-" + s.project(),
                GESTURES.get(s.gesture()).id(), "rule", "ticket:SD-" + s.subject() + ":waiting#1", "waited long");
    }

    private static DelightSettings settings(DelightLimits limits) {
        return new DelightSettings(new DelightCatalogue("EUR", GESTURES), limits);
    }

    private static DelightGesture gesture(String id, long cents) {
        return new DelightGesture(id, GestureKind.OTHER, Map.of("en", new GestureText(id, id, "")), cents);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, GESTURES.size() - 1),
                Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 120),
                Arbitraries.integers().between(0, 4).map(a -> a > 3 ? 0 : a), Arbitraries.integers().between(0, 50))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    /** A store whose reads show the state at construction; writes go to the shared store and its unique keys. */
    private static final class StaleReads implements DelightActions {
        private final DelightActions shared;
        private final List<DelightAction> frozen;

        StaleReads(DelightActions shared, Instant now) {
            this.shared = shared;
            this.frozen = new ArrayList<>(shared.suggestedBetween(Instant.EPOCH, now.plus(Duration.ofDays(400)),
                    Optional.empty()));
        }

        @Override
        public Optional<DelightAction> suggest(DelightAction suggestion, DelightClaim claim) {
            return shared.suggest(suggestion, claim);
        }

        @Override
        public Optional<DelightAction> find(long id) {
            return frozen.stream().filter(a -> a.id() == id).findFirst();
        }

        @Override
        public List<DelightAction> openForTicket(String ticketKey, Instant now) {
            return frozen.stream().filter(a -> a.ticketKey().equals(ticketKey) && a.isOpenAt(now)).toList();
        }

        @Override
        public List<DelightAction> forTicket(String ticketKey) {
            return frozen.stream().filter(a -> a.ticketKey().equals(ticketKey)).toList();
        }

        @Override
        public List<DelightAction> suggestedBetween(Instant from, Instant to, Optional<String> projectKey) {
            return frozen.stream().filter(a -> !a.suggestedAt().isBefore(from) && a.suggestedAt().isBefore(to))
                    .filter(a -> projectKey.isEmpty() || projectKey.get().equals(a.projectKey())).toList();
        }

        @Override
        public List<DelightAction> forCustomer(String customer, Instant from, Instant to) {
            return suggestedBetween(from, to, Optional.empty()).stream()
                    .filter(a -> a.customer().equals(customer)).toList();
        }

        @Override
        public DelightAction act(DelightAction changed) {
            return shared.act(changed);
        }
    }
}
