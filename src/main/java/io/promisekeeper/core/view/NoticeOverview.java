package io.promisekeeper.core.view;

import io.promisekeeper.core.notice.NoticeJournal;
import io.promisekeeper.core.notice.PromptDecisions;
import io.promisekeeper.core.notice.PromptDesk;
import io.promisekeeper.core.notice.StoredPrompt;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.rules.Risk;
import io.promisekeeper.core.rules.RiskForecast;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Builds the agent's view of a ticket's customer notices: pending drafts with today's risk, and the notice log. */
public final class NoticeOverview {
    /** The panel shows the latest notices; the full log is the ticket's comments. */
    public static final int RECENT_NOTICES = 10;

    private final PromptDesk desk;
    private final NoticeJournal journal;
    private final RiskForecast forecast;
    private final Clock clock;

    public NoticeOverview(PromptDesk desk, NoticeJournal journal, RiskForecast forecast, Clock clock) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.forecast = Objects.requireNonNull(forecast, "forecast");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The notices of {@code ticketKey}, whose promises (already read for the panel) are {@code promises}. */
    public TicketNotices of(String ticketKey, List<Promise> promises) {
        Instant now = clock.instant();
        List<PromptLine> lines = new ArrayList<>();
        for (StoredPrompt stored : desk.pendingForTicket(ticketKey)) {
            Long promiseId = stored.prompt().notice().promiseId();
            Optional<Promise> promise = promiseId == null ? Optional.empty()
                    : promises.stream().filter(p -> p.id() == promiseId).findFirst();
            Optional<Risk> risk = promise.filter(Promise::isOpen).map(p -> forecast.of(p, now));
            lines.add(new PromptLine(stored, promise, risk, PromptDecisions.draftText(stored.prompt().notice())));
        }
        return new TicketNotices(lines, journal.recentForTicket(ticketKey, RECENT_NOTICES));
    }
}
