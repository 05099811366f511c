package io.promisekeeper.core.notice;

import io.promisekeeper.core.delight.DelightActions;
import io.promisekeeper.core.delight.DelightSuggestions;
import io.promisekeeper.core.promise.PromiseStore;
import io.promisekeeper.core.rules.RiskForecast;
import io.promisekeeper.core.rules.RuleEngine;
import io.promisekeeper.core.settings.AdminConfiguration;
import io.promisekeeper.core.settings.NoticeSettings;
import java.time.Duration;
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

    /** Rounds without delight suggestions. */
    public ConfiguredNoticeRounds(AdminConfiguration configuration, RiskForecast forecast, PromiseStore promises,
                                  TicketSnapshots tickets, NoticeLog log, NoticeJournal journal, NoticeOutlets outlets,
                                  RoundSettings roundSettings) {
        this(configuration, forecast, promises, tickets, log, journal, outlets, roundSettings, null);
    }

    /** Rounds that also store the delight gestures rules suggest in {@code delightActions}. */
    public ConfiguredNoticeRounds(AdminConfiguration configuration, RiskForecast forecast, PromiseStore promises,
                                  TicketSnapshots tickets, NoticeLog log, NoticeJournal journal, NoticeOutlets outlets,
                                  RoundSettings roundSettings, DelightActions delightActions) {
        this.delightActions = delightActions;
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

    /** How often the administrator wants the round to run. */
    public Duration interval() {
        return Duration.ofMinutes(configuration.settings().value().jobIntervalMinutes());
    }
}
