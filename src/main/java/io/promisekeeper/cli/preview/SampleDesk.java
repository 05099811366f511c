package io.promisekeeper.cli.preview;

import io.promisekeeper.core.MessageKey;
import io.promisekeeper.core.activity.PublicAgentComment;
import io.promisekeeper.core.activity.TicketActivity;
import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.BusinessCalendars;
import io.promisekeeper.core.calendar.DuePhrases;
import io.promisekeeper.core.delight.DelightCandidate;
import io.promisekeeper.core.delight.DelightOffer;
import io.promisekeeper.core.delight.DelightSuggestions;
import io.promisekeeper.core.detect.PromiseDetector;
import io.promisekeeper.core.notice.AgentPrompt;
import io.promisekeeper.core.notice.AgentPrompts;
import io.promisekeeper.core.notice.DelayNotice;
import io.promisekeeper.core.notice.EpisodeKey;
import io.promisekeeper.core.notice.NoticeFacts;
import io.promisekeeper.core.notice.NoticeJournal;
import io.promisekeeper.core.notice.NoticeState;
import io.promisekeeper.core.notice.NoticeTemplates;
import io.promisekeeper.core.notice.PromptReason;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.NewPromise;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseEvents;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseLedger;
import io.promisekeeper.core.promise.PromiseSource;
import io.promisekeeper.core.promise.PromiseStore;
import io.promisekeeper.core.promise.SuggestionStore;
import io.promisekeeper.core.promise.UnitOfWork;
import io.promisekeeper.core.rules.RuleFiring;
import io.promisekeeper.core.rules.RuleMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The sample service desk: HELP-1 with an open, an overdue and a kept promise plus a promise found in an
 * agent's comment, and HELP-2 with none. Written through the app's own use cases, so the store holds
 * exactly what Jira would hold.
 */
public final class SampleDesk {
    public static final String PROJECT = "HELP";
    public static final String BUSY_TICKET = "HELP-1";
    public static final String EMPTY_TICKET = "HELP-2";
    /** An agent's public comment on HELP-1; the detector finds the call-back promise in it. */
    static final String PROMISING_COMMENT =
            "Thanks for the screenshots, they help a lot. I'll call you back tomorrow before noon with the fix.";

    private final PromiseStore promises;
    private final SuggestionStore suggestions;
    private final UnitOfWork unitOfWork;
    private final BusinessCalendars calendars;

    public SampleDesk(PromiseStore promises, SuggestionStore suggestions, UnitOfWork unitOfWork,
                      BusinessCalendars calendars) {
        this.promises = promises;
        this.suggestions = suggestions;
        this.unitOfWork = unitOfWork;
        this.calendars = calendars;
    }

    /** The sample requests the issue view shows. */
    public static PreviewTickets tickets() {
        return new PreviewTickets(List.of(
                new PreviewTicket(10001, BUSY_TICKET, "Laptop does not start after the update",
                        "Since this morning's update my laptop shows a black screen. I have a customer demo on Thursday.",
                        "customer", List.of(PROMISING_COMMENT)),
                new PreviewTicket(10002, EMPTY_TICKET, "Request access to the finance share",
                        "Please give me read access to \\\\files\\finance for the quarterly report.",
                        "customer", List.of())));
    }

    /** Writes the sample promises as they would have come about over the last two days before {@code now}. */
    public void seed(Instant now) {
        BusinessCalendar calendar = calendars.forTicket(BUSY_TICKET);
        PromiseLedger twoDaysAgo = ledgerAt(now.minus(Duration.ofDays(2)));
        Promise overdue = twoDaysAgo.log("agent", new NewPromise(BUSY_TICKET,
                "Send the replacement charger by courier", PromiseKind.DELIVERY, now.minus(Duration.ofHours(3)),
                calendar.id(), Channel.PHONE, PromiseSource.AGENT));
        Promise kept = twoDaysAgo.log("agent", new NewPromise(BUSY_TICKET,
                "Call the customer back about the error message", PromiseKind.CALLBACK, now.plus(Duration.ofDays(1)),
                calendar.id(), Channel.EMAIL, PromiseSource.AGENT));
        ledgerAt(now.minus(Duration.ofDays(1))).markKept("agent", kept.id(), kept.version(), "Called at 10:15");

        // The comment goes through the same path as a Jira comment event, so the suggestion is a real detection.
        new TicketActivity(promises, suggestions, calendars, new PromiseDetector(new DuePhrases()), new PromiseEvents(),
                unitOfWork, Duration.ofHours(1))
                .on(new PublicAgentComment(BUSY_TICKET, "agent", now.minus(Duration.ofMinutes(30)), PROMISING_COMMENT));

        ledgerAt(now.minus(Duration.ofMinutes(10))).log("agent", new NewPromise(BUSY_TICKET,
                "Have the laptop repaired before the customer demo", PromiseKind.RESOLUTION,
                calendar.plusWorkingTime(calendar.nextWorkingMoment(now), Duration.ofHours(6)), calendar.id(),
                Channel.PORTAL, PromiseSource.AGENT));
        if (overdue.id() <= 0) {
            throw new IllegalStateException("sample promise was not stored");
        }
    }

    /**
     * Drafts, as an approval-mode rule would, a delay notice about the promise to repair the laptop, so the panel
     * shows the agent its prompt. Call after {@link #seed}.
     */
    public void draftNotice(Instant now, NoticeJournal journal, AgentPrompts prompts) {
        Promise repair = promises.listByTicket(BUSY_TICKET).stream().filter(p -> p.kind() == PromiseKind.RESOLUTION)
                .findFirst().orElseThrow(() -> new IllegalStateException("seed the sample promises first"));
        BusinessCalendar calendar = calendars.forTicket(BUSY_TICKET);
        Instant expected = calendar.plusWorkingTime(repair.due(), Duration.ofHours(4));
        // The reason as the rule engine words it: a message the panel says in the agent's language.
        String reason = MessageKey.of("reason.rule", "Promise at risk", MessageKey.of("reason.promise.atRisk",
                repair.text(), repair.due(), 72, expected)).encoded();
        NoticeFacts facts = new NoticeFacts("Chris", repair.text(), repair.due(), expected,
                calendar.plusWorkingTime(expected, Duration.ofHours(8)), "Alex Agent", BUSY_TICKET, reason,
                calendar.zone());
        String body = NoticeTemplates.defaults().find(NoticeTemplates.DELAY_NOTICE, "en").orElseThrow().render(facts);
        DelayNotice draft = new DelayNotice(repair.id(), BUSY_TICKET, "customer",
                new EpisodeKey(RuleFiring.promiseSubject(repair), 1), "en", body, "promise-at-risk",
                NoticeTemplates.DELAY_NOTICE, RuleMode.APPROVAL, now, reason);
        journal.claimed(draft, now);
        prompts.add(new AgentPrompt(draft, PromptReason.APPROVAL, reason, now));
        journal.mark(draft.episode(), NoticeState.DRAFTED, now);
    }

    /**
     * Lets the delight rules' path suggest two gestures on HELP-1, as a rule on its overdue promise would: a
     * personal call, and a goodwill gesture that costs money.
     */
    public void suggestGestures(Instant now, DelightSuggestions suggestions) {
        String reason = MessageKey.of("reason.rule", "Care after a broken promise", MessageKey.of(
                "reason.promise.broken", "Send the replacement charger by courier", now.minus(Duration.ofHours(3))))
                .encoded();
        for (String gesture : List.of("personal-call", "goodwill-gesture")) {
            DelightOffer offer = suggestions.offer(new DelightCandidate(BUSY_TICKET, "customer", PROJECT, gesture,
                    "broken-promise-care", "ticket:" + BUSY_TICKET + ":overdue#1", reason), now);
            if (!offer.isSuggested()) {
                throw new IllegalStateException("sample gesture not suggested: " + offer.reason());
            }
        }
    }

    private PromiseLedger ledgerAt(Instant at) {
        return new PromiseLedger(promises, suggestions, unitOfWork, new PromiseEvents(), Clock.fixed(at, calendars
                .forTicket(BUSY_TICKET).zone()));
    }
}
