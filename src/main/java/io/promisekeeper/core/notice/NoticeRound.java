package io.promisekeeper.core.notice;

import io.promisekeeper.core.MessageKey;
import io.promisekeeper.core.delight.DelightCandidate;
import io.promisekeeper.core.delight.DelightOffer;
import io.promisekeeper.core.delight.DelightSuggestions;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseStore;
import io.promisekeeper.core.rules.RuleFiring;
import io.promisekeeper.core.rules.RuleMode;
import io.promisekeeper.core.rules.RuleSet;
import io.promisekeeper.core.rules.TicketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One node's pass over the promises due soon (the scheduler's tick) or over one ticket (after a ticket event):
 * plans with the rules, then sends, drafts and hands out what was claimed. Every node may run it at the same time.
 *
 * <p>The order that makes "never twice" hold across nodes and crashes, for an automatic notice:
 * <ol>
 *   <li>the planner claims the episode's customer notice in the {@link NoticeLog} (a unique insert: one node wins)
 *       and counts the contact, so a crash can cost the customer a notice but never push them over the cap;</li>
 *   <li>the journal records the notice as {@link NoticeState#CLAIMED}, with its text;</li>
 *   <li>the round claims the notice's outcome ({@link NoticeLog#NOTICE_OUTCOME}), which the sweep would claim to
 *       give it up, and marks it {@link NoticeState#SENDING};</li>
 *   <li>it hands the notice to the sender, then marks it {@link NoticeState#SENT}.</li>
 * </ol>
 * Nothing ever sends a claimed notice a second time. A node that stops between 2 and 3 leaves a CLAIMED notice
 * that was surely not sent; one that stops in 3 or 4, or a sender that throws, leaves one that may have been. The
 * {@link #sweep} turns both into an agent prompt (saying which) and marks them {@link NoticeState#LOST}: an agent
 * checking the ticket costs a look, a customer told twice costs trust.
 *
 * <p>Delight gestures rules ask for are offered to {@link DelightSuggestions}, which stores them within the
 * limits under unique keys; a stored one is then claimed in its episode so that the episode can end.
 */
public final class NoticeRound {
    private final PromiseStore promises;
    private final TicketSnapshots tickets;
    private final Supplier<RuleSet> rules;
    private final NoticePlanner planner;
    private final NoticeLog log;
    private final NoticeJournal journal;
    private final NoticeOutlets outlets;
    private final RoundSettings settings;
    private final DelightSuggestions delights;

    /** A round without delight suggestions: rules asking for gestures are reported as skipped. */
    public NoticeRound(PromiseStore promises, TicketSnapshots tickets, Supplier<RuleSet> rules, NoticePlanner planner,
                       NoticeLog log, NoticeJournal journal, NoticeOutlets outlets, RoundSettings settings) {
        this(promises, tickets, rules, planner, log, journal, outlets, settings, null);
    }

    /** {@code planner} must plan over {@code log}; the round gives it batch snapshots of that log. */
    public NoticeRound(PromiseStore promises, TicketSnapshots tickets, Supplier<RuleSet> rules, NoticePlanner planner,
                       NoticeLog log, NoticeJournal journal, NoticeOutlets outlets, RoundSettings settings,
                       DelightSuggestions delights) {
        this.delights = delights;
        this.promises = Objects.requireNonNull(promises, "promises");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.planner = Objects.requireNonNull(planner, "planner");
        this.log = Objects.requireNonNull(log, "log");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.outlets = Objects.requireNonNull(outlets, "outlets");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The scheduler's tick: every ticket with an open promise due within the horizon. One query when none is. */
    public RoundReport tick(Instant now) {
        List<Promise> due = promises.openDueWithoutHistory(now, now.plus(settings.horizon()));
        if (due.isEmpty()) {
            return RoundReport.none();
        }
        Map<String, List<Promise>> byTicket = new LinkedHashMap<>();
        for (Promise p : due) {
            byTicket.computeIfAbsent(p.ticketKey(), k -> new ArrayList<>()).add(p);
        }
        RuleSet ruleSet = rules.get();
        RoundReport report = RoundReport.none();
        Map<String, List<Promise>> batch = new LinkedHashMap<>();
        // Soonest due first (the query's order), so a tick cut short by its budget leaves the latest ones for the
        // next tick, which skips what this one claimed and goes on from there.
        for (Map.Entry<String, List<Promise>> e : byTicket.entrySet()) {
            batch.put(e.getKey(), e.getValue());
            if (batch.size() == settings.batchSize()) {
                report = report.plus(evaluate(ruleSet, batch, now, settings.actionsPerTick() - actions(report)));
                batch.clear();
                if (actions(report) >= settings.actionsPerTick()) {
                    return report;
                }
            }
        }
        return batch.isEmpty() ? report
                : report.plus(evaluate(ruleSet, batch, now, settings.actionsPerTick() - actions(report)));
    }

    /** What counts against a tick's budget: every notice sent or drafted and every team task, done or failed. */
    public static int actions(RoundReport report) {
        return report.sent() + report.drafted() + report.teamTasks() + report.failed();
    }

    /**
     * Evaluates tickets no promise brings into the tick, with all their promises, in batches: resolved tickets a
     * follow-up rule may fire on now.
     */
    public RoundReport evaluateTickets(Collection<String> ticketKeys, Instant now) {
        RuleSet ruleSet = rules.get();
        RoundReport report = RoundReport.none();
        Map<String, List<Promise>> batch = new LinkedHashMap<>();
        for (String key : new LinkedHashSet<>(ticketKeys)) {
            batch.put(key, promises.listByTicket(key));
            if (batch.size() == settings.batchSize()) {
                report = report.plus(evaluate(ruleSet, batch, now, Integer.MAX_VALUE));
                batch.clear();
            }
        }
        return batch.isEmpty() ? report : report.plus(evaluate(ruleSet, batch, now, Integer.MAX_VALUE));
    }

    /** Evaluates one ticket at once, with all its promises, e.g. after a comment or a transition. */
    public RoundReport reevaluate(String ticketKey, Instant now) {
        return evaluate(rules.get(), Map.of(ticketKey, promises.listByTicket(ticketKey)), now, Integer.MAX_VALUE);
    }

    /**
     * Turns notices that stayed CLAIMED or SENDING longer than {@link RoundSettings#staleAfter()} into agent
     * prompts; approval-mode notices whose draft may be missing get it (again: prompts are one per episode).
     */
    public RoundReport sweep(Instant now) {
        int lost = 0;
        int drafted = 0;
        for (NoticeRecord r : journal.unfinishedBefore(now.minus(settings.staleAfter()), settings.batchSize())) {
            DelayNotice n = r.notice();
            if (r.state() == NoticeState.CLAIMED && n.mode() == RuleMode.APPROVAL) {
                outlets.prompts().add(new AgentPrompt(n, PromptReason.APPROVAL, n.reason(), now));
                journal.mark(n.episode(), NoticeState.DRAFTED, now);
                drafted++;
            } else if (r.state() == NoticeState.CLAIMED && log.claim(n.episode(), NoticeLog.NOTICE_OUTCOME)) {
                outlets.prompts().add(new AgentPrompt(n, PromptReason.NOT_SENT,
                        MessageKey.of("prompt.neverSent", r.claimedAt()).encoded(), now));
                journal.mark(n.episode(), NoticeState.LOST, now);
                lost++;
            } else {
                // SENDING, or CLAIMED with the outcome taken by a round that then stopped: it may have gone out.
                outlets.prompts().add(new AgentPrompt(n, PromptReason.MAYBE_SENT,
                        MessageKey.of("prompt.neverFinished", r.updatedAt()).encoded(), now));
                journal.mark(n.episode(), NoticeState.LOST, now);
                lost++;
            }
        }
        // A day's margin beyond the weekly window: the caps never look that far back.
        log.forgetContactsBefore(now.minus(ContactCap.WEEK).minus(Duration.ofDays(1)), settings.batchSize());
        return new RoundReport(0, 0, drafted, 0, 0, 0, 0, lost);
    }

    /** Plans the tickets in order until {@code budget} actions are done; a ticket is always planned whole. */
    private RoundReport evaluate(RuleSet ruleSet, Map<String, List<Promise>> byTicket, Instant now, int budget) {
        Map<String, TicketSnapshot> snapshots = tickets.of(byTicket.keySet());
        Set<String> subjects = new LinkedHashSet<>();
        Set<String> customers = new LinkedHashSet<>();
        for (Map.Entry<String, List<Promise>> e : byTicket.entrySet()) {
            TicketSnapshot ticket = snapshots.get(e.getKey());
            if (ticket != null) {
                subjects.addAll(RuleFiring.subjectsOf(ticket, e.getValue()));
                customers.add(NoticePlanner.contactKey(ticket));
            }
        }
        NoticeLog batchLog = new PreloadedNoticeLog(log,
                log.snapshot(subjects, customers, now.minus(ContactCap.WEEK)));
        NoticePlanner batchPlanner = planner.withLog(batchLog);
        Counts counts = new Counts();
        for (Map.Entry<String, List<Promise>> e : byTicket.entrySet()) {
            if (counts.actions() >= budget) {
                break;
            }
            TicketSnapshot ticket = snapshots.get(e.getKey());
            if (ticket == null) {
                // Deleted or moved out of reach since the promise was made: nothing to tell anyone.
                continue;
            }
            counts.tickets++;
            carryOut(batchPlanner.plan(ruleSet, ticket, e.getValue(), now), now, counts);
        }
        return counts.report();
    }

    private void carryOut(NoticePlan plan, Instant now, Counts counts) {
        for (DelayNotice n : plan.toSend()) {
            send(n, now, counts);
        }
        for (DelayNotice n : plan.toDraft()) {
            journal.claimed(n, now);
            outlets.prompts().add(new AgentPrompt(n, PromptReason.APPROVAL, n.reason(), now));
            journal.mark(n.episode(), NoticeState.DRAFTED, now);
            counts.drafted++;
        }
        for (TeamTask task : plan.teamTasks()) {
            try {
                outlets.teamTasks().carryOut(task);
                counts.teamTasks++;
            } catch (RuntimeException e) {
                // Claimed, so never retried: a missed internal note is cheaper than a duplicate one.
                counts.failed++;
            }
        }
        counts.held += plan.held().size();
        counts.dropped += plan.dropped().size();
        for (DelightCandidate c : plan.delights()) {
            offer(c, now, counts);
        }
    }

    private void offer(DelightCandidate c, Instant now, Counts counts) {
        if (delights == null) {
            counts.skipped(c, "delight suggestions are not set up in this round", MessageKey.of("round.notSetUp"));
            return;
        }
        DelightOffer offer = delights.offer(c, now);
        if (offer.isSuggested()) {
            log.claim(episodeOf(c.subject()), NoticePlanner.delightPurpose(c.gestureId()));
            counts.delights++;
        } else {
            counts.skipped(c, offer.reason(), offer.words());
        }
    }

    private static EpisodeKey episodeOf(String value) {
        int hash = value.lastIndexOf('#');
        return new EpisodeKey(value.substring(0, hash), Integer.parseInt(value.substring(hash + 1)));
    }

    private void send(DelayNotice n, Instant now, Counts counts) {
        journal.claimed(n, now);
        if (!log.claim(n.episode(), NoticeLog.NOTICE_OUTCOME)) {
            // The sweep found it stale and gave it to an agent; sending now could tell the customer twice.
            return;
        }
        journal.mark(n.episode(), NoticeState.SENDING, now);
        try {
            outlets.sender().send(n);
        } catch (RuntimeException e) {
            outlets.prompts().add(new AgentPrompt(n, PromptReason.MAYBE_SENT,
                    MessageKey.of("prompt.sendingFailed", String.valueOf(e.getMessage())).encoded(), now));
            journal.mark(n.episode(), NoticeState.LOST, now);
            counts.failed++;
            return;
        }
        journal.mark(n.episode(), NoticeState.SENT, now);
        counts.sent++;
    }

    private static final class Counts {
        private int tickets;
        private int sent;
        private int drafted;
        private int held;
        private int dropped;
        private int teamTasks;
        private int failed;
        private int delights;
        private final List<String> skipped = new ArrayList<>();
        private final List<MessageKey> skippedWords = new ArrayList<>();

        int actions() {
            return sent + drafted + teamTasks + failed;
        }

        void skipped(DelightCandidate c, String reason, MessageKey words) {
            skipped.add(c.ticketKey() + " " + c.gestureId() + ": " + reason);
            // A reason without a message (text from elsewhere) is said as it is.
            skippedWords.add(MessageKey.of("round.skipped", c.ticketKey(), c.gestureId(),
                    words == null ? reason : words));
        }

        RoundReport report() {
            return new RoundReport(tickets, sent, drafted, held, dropped, teamTasks, failed, 0, delights,
                    skipped.size(), skipped, skippedWords);
        }
    }
}
