package io.promisekeeper.core.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The agent's answer to a drafted notice: send it (as drafted or edited) or dismiss it.
 *
 * <p>"Never twice" rests on the order: first the prompt is decided SENT with a compare-and-set, which exactly one
 * click wins; only the winner rewrites the journal's text, marks it SENDING, posts it, and marks it SENT. A sender
 * that throws leaves the notice LOST (it may or may not have been posted) and {@link NoticeNotDelivered} tells the
 * agent to check the comments; a node that stops after posting leaves it SENDING, which the sweep turns into LOST.
 * Neither path can post it again: the prompt is no longer pending.
 */
public final class PromptDecisions {
    /** Longest text an agent may send; JSM takes far more, but a delay notice is a few sentences. */
    public static final int MAX_BODY = 4000;
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private final PromptDesk desk;
    private final NoticeJournal journal;
    private final NoticeLog log;
    private final NoticeSender sender;
    private final Clock clock;

    public PromptDecisions(PromptDesk desk, NoticeJournal journal, NoticeLog log, NoticeSender sender, Clock clock) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.log = Objects.requireNonNull(log, "log");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The prompt, for the caller's permission check on its ticket. */
    public StoredPrompt prompt(long id) {
        return desk.find(id).orElseThrow(() -> new UnknownPrompt(id));
    }

    /**
     * Sends prompt {@code id}'s notice. {@code editedText} null or equal to {@link #draftText} sends the draft as
     * rendered from its template; any other text is what the agent typed, made literal wiki markup line by line.
     */
    public DelayNotice send(long id, String editedText, String agent) {
        StoredPrompt stored = prompt(id);
        DelayNotice draft = stored.prompt().notice();
        String body = bodyFor(draft, editedText);
        Instant now = clock.instant();
        if (!desk.decide(id, PromptState.SENT, agent, now)) {
            throw new PromptAlreadyDecided(id, PromptState.SENT);
        }
        DelayNotice notice = withBody(draft, body);
        journal.rewrite(notice.episode(), body, now);
        journal.mark(notice.episode(), NoticeState.SENDING, now);
        try {
            // Posted as the agent who pressed Send: the customer sees who answered, not whoever holds the ticket.
            sender.sendAs(notice, agent);
        } catch (RuntimeException e) {
            journal.mark(notice.episode(), NoticeState.LOST, clock.instant());
            throw new NoticeNotDelivered(e);
        }
        journal.mark(notice.episode(), NoticeState.SENT, clock.instant());
        if (stored.prompt().reason() == PromptReason.APPROVAL) {
            // Drafts are not counted when planned; lost automatic notices were, so counting them again would
            // charge the customer's cap twice for one notice.
            log.recordContact(draft.customer(), now);
        }
        return notice;
    }

    /** Dismisses prompt {@code id}: nothing is sent. */
    public void dismiss(long id, String agent) {
        prompt(id);
        if (!desk.decide(id, PromptState.DISMISSED, agent, clock.instant())) {
            throw new PromptAlreadyDecided(id, PromptState.DISMISSED);
        }
    }

    /** The draft as the agent edits it: plain text, without the markup escapes. */
    public static String draftText(DelayNotice draft) {
        return WikiMarkup.readable(draft.body());
    }

    private static String bodyFor(DelayNotice draft, String editedText) {
        if (editedText == null || editedText.equals(draftText(draft))) {
            return draft.body();
        }
        if (editedText.isBlank()) {
            throw new InvalidNoticeText(io.promisekeeper.core.promise.FieldError.of("body", "must not be empty", "notEmpty"));
        }
        var errors = io.promisekeeper.core.promise.InputBounds.text("body", editedText, MAX_BODY, true);
        if (!errors.isEmpty()) {
            throw new InvalidNoticeText(errors.get(0));
        }
        // literal() puts a value on one line; a notice keeps the agent's lines, each made literal on its own.
        return LINE_BREAK.splitAsStream(editedText.strip()).map(WikiMarkup::literal)
                .collect(Collectors.joining("\n"));
    }

    private static DelayNotice withBody(DelayNotice n, String body) {
        return new DelayNotice(n.promiseId(), n.ticketKey(), n.customer(), n.episode(), n.language(), body, n.ruleId(),
                n.templateId(), n.mode(), n.sendAt(), n.reason());
    }
}
