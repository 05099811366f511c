package io.promisekeeper.core.delight;

import io.promisekeeper.core.MessageKey;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns what rules ask for into stored suggestions, within the administrator's limits and never twice. A
 * candidate over a limit is skipped, not remembered: a later evaluation may suggest it once room is free (a
 * dismissal, a new month).
 *
 * <p>Delight suggestions are for the agent, not messages to the customer, so they do not count against the
 * notice contact cap; the gesture itself is the agent's to time.
 */
public final class DelightSuggestions {
    private final DelightActions store;
    private final Supplier<DelightSettings> settings;

    public DelightSuggestions(DelightActions store, Supplier<DelightSettings> settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Suggests the candidate's gesture at {@code now} if the catalogue has it and the limits allow it. */
    public DelightOffer offer(DelightCandidate c, Instant now) {
        DelightSettings s = settings.get();
        Optional<DelightGesture> gesture = s.catalogue().find(c.gestureId());
        if (gesture.isEmpty()) {
            return skipped(c, "gesture \"" + c.gestureId() + "\" is no longer in the catalogue",
                    MessageKey.of("delight.gone", c.gestureId()));
        }
        DelightLimits limits = s.limits();
        YearMonth month = limits.monthOf(now);
        Instant from = limits.start(month);
        Instant to = limits.end(month);
        List<DelightAction> customerMonth = store.forCustomer(c.customer(), from, to);
        long cost = gesture.get().costCents();
        List<DelightAction> projectMonth = cost > 0
                ? store.suggestedBetween(from, to, Optional.of(c.projectKey())) : List.of();
        DelightLimits.Allowance allowance = limits.allows(cost, now, customerMonth, projectMonth);
        if (!allowance.allowed()) {
            return skipped(c, allowance.reason(), allowance.words());
        }
        long projectCosted = projectMonth.stream().filter(a -> a.costCents() > 0).count();
        DelightClaim claim = new DelightClaim(c.subjectKey(),
                c.customer() + "|" + month + "|" + (customerMonth.size() + 1),
                cost > 0 ? c.projectKey() + "|" + month + "|" + (projectCosted + 1) : null);
        DelightAction suggestion = DelightAction.suggested(c.ticketKey(), c.customer(), c.projectKey(), c.gestureId(),
                c.ruleId(), c.subject(), c.reason(), cost, now);
        Optional<DelightAction> stored = store.suggest(suggestion, claim);
        return stored.map(a -> new DelightOffer(c, Optional.of(a), "suggested"))
                .orElseGet(() -> skipped(c, "already suggested, or another node took the same place just now",
                        MessageKey.of("delight.taken")));
    }

    private static DelightOffer skipped(DelightCandidate c, String reason, MessageKey words) {
        return new DelightOffer(c, Optional.empty(), reason, words);
    }
}
