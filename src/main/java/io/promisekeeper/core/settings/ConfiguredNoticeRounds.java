package io.promisekeeper.core.settings;

import io.promisekeeper.core.delight.DelightActions;
import io.promisekeeper.core.delight.DelightSuggestions;
import io.promisekeeper.core.notice.FollowUpCursor;
import io.promisekeeper.core.notice.FollowUpCursors;
import io.promisekeeper.core.notice.NoticeJournal;
import io.promisekeeper.core.notice.NoticeLog;
import io.promisekeeper.core.notice.NoticeOutlets;
import io.promisekeeper.core.notice.NoticePlanner;
import io.promisekeeper.core.notice.NoticeRound;
import io.promisekeeper.core.notice.ResolvedTicket;
import io.promisekeeper.core.notice.ResolvedTicketKeys;
import io.promisekeeper.core.notice.RoundReport;
import io.promisekeeper.core.notice.RoundSettings;
import io.promisekeeper.core.notice.TicketSnapshots;
import io.promisekeeper.core.promise.PromiseStore;
import io.promisekeeper.core.rules.RiskForecast;
import io.promisekeeper.core.rules.Rule;
import io.promisekeeper.core.rules.RuleEngine;
import io.promisekeeper.core.rules.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Notice rounds as the administrator configured them right now: each round reads the current rules, templates,
 * quiet hours, caps and lead time, so a saved change applies from the next tick on every node.
 */
public final class ConfiguredNoticeRounds implements Supplier<NoticeRound> {
    private final AdminConfiguration configuration;
    private final RiskForecast forecast;
    private final PromiseStore promises;
    private final TicketSnapshots tickets;
    private final NoticeLog log;
    private final NoticeJournal journal;
    private final NoticeOutlets outlets;
    private final RoundSettings roundSettings;
    private final DelightActions delightActions;
    private final ResolvedTicketKeys resolvedTickets;
    private final FollowUpCursors followUpCursors;
    /**
     * Most resolved tickets one round looks at for follow-ups; the next round continues after the last one (a saved
     * cursor), and after the window's newest it starts over at its oldest, so none starves.
     */
    public static final int MAX_FOLLOW_UP_TICKETS = 500;

    /** Rounds without delight suggestions. */
    public ConfiguredNoticeRounds(AdminConfiguration configuration, RiskForecast forecast, PromiseStore promises,
                                  TicketSnapshots tickets, NoticeLog log, NoticeJournal journal, NoticeOutlets outlets,
                                  RoundSettings roundSettings) {
        this(configuration, forecast, promises, tickets, log, journal, outlets, roundSettings, null, null);
    }

    /**
     * Rounds that also store the delight gestures rules suggest in {@code delightActions}, and look at the tickets
     * {@code resolvedTickets} names for follow-ups after resolution.
     */
    public ConfiguredNoticeRounds(AdminConfiguration configuration, RiskForecast forecast, PromiseStore promises,
                                  TicketSnapshots tickets, NoticeLog log, NoticeJournal journal, NoticeOutlets outlets,
                                  RoundSettings roundSettings, DelightActions delightActions,
                                  ResolvedTicketKeys resolvedTickets) {
        this(configuration, forecast, promises, tickets, log, journal, outlets, roundSettings, delightActions,
                resolvedTickets, new FollowUpCursors(null));
    }

    /** As above, with the follow-ups' place kept in {@code followUpCursors} for whichever node runs next. */
    public ConfiguredNoticeRounds(AdminConfiguration configuration, RiskForecast forecast, PromiseStore promises,
                                  TicketSnapshots tickets, NoticeLog log, NoticeJournal journal, NoticeOutlets outlets,
                                  RoundSettings roundSettings, DelightActions delightActions,
                                  ResolvedTicketKeys resolvedTickets, FollowUpCursors followUpCursors) {
        this.followUpCursors = followUpCursors;
        this.delightActions = delightActions;
        this.resolvedTickets = resolvedTickets;
        this.configuration = configuration;
        this.forecast = forecast;
        this.promises = promises;
        this.tickets = tickets;
        this.log = log;
        this.journal = journal;
        this.outlets = outlets;
        this.roundSettings = roundSettings;
    }

    @Override
    public NoticeRound get() {
        NoticeSettings settings = configuration.settings().value();
        NoticePlanner planner = new NoticePlanner(new RuleEngine(forecast), settings.policy(),
                configuration.templates().value(), log);
        DelightSuggestions delights = delightActions == null ? null
                : new DelightSuggestions(delightActions, () -> configuration.delight().value());
        return new NoticeRound(promises, tickets, () -> configuration.rules().value(), planner, log, journal, outlets,
                roundSettings, delights);
    }

    /**
     * Evaluates the tickets resolved long enough ago for an enabled follow-up rule to fire now; nothing (not even a
     * query) when no such rule exists or no source of resolved tickets was given.
     */
    public RoundReport followUps(NoticeRound round, Instant now) {
        if (resolvedTickets == null) {
            return RoundReport.none();
        }
        Duration shortest = null;
        Duration longest = null;
        for (Rule rule : configuration.rules().value().rules()) {
            if (rule.enabled() && rule.trigger() instanceof Trigger.AfterResolution after) {
                shortest = shortest == null || after.after().compareTo(shortest) < 0 ? after.after() : shortest;
                longest = longest == null || after.after().compareTo(longest) > 0 ? after.after() : longest;
            }
        }
        if (shortest == null) {
            return RoundReport.none();
        }
        Instant from = now.minus(longest).minus(Trigger.AfterResolution.WINDOW);
        Instant to = now.minus(shortest);
        FollowUpCursor cursor = followUpCursors.current()
                .filter(c -> !c.resolvedAt().isBefore(from) && !c.resolvedAt().isAfter(to))
                .orElse(FollowUpCursor.start(from));
        List<ResolvedTicket> page = resolvedTickets.resolvedAfter(cursor, to, MAX_FOLLOW_UP_TICKETS).stream()
                .sorted(ResolvedTicket.ORDER).toList();
        // A short page reached the window's newest ticket: the next round starts over at its oldest.
        followUpCursors.save(page.size() < MAX_FOLLOW_UP_TICKETS ? FollowUpCursor.start(from)
                : FollowUpCursor.past(page.get(page.size() - 1)));
        List<String> keys = page.stream().map(ResolvedTicket::key).toList();
        return keys.isEmpty() ? RoundReport.none() : round.evaluateTickets(keys, now);
    }

    /** How often the administrator wants the round to run. */
    public Duration interval() {
        return Duration.ofMinutes(configuration.settings().value().jobIntervalMinutes());
    }
}
