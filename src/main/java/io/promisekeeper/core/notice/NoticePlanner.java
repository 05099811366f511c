package io.promisekeeper.core.notice;

import io.promisekeeper.core.delight.DelightCandidate;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.rules.Action;
import io.promisekeeper.core.rules.RuleEngine;
import io.promisekeeper.core.rules.RuleFiring;
import io.promisekeeper.core.rules.RuleMode;
import io.promisekeeper.core.rules.RuleSet;
import io.promisekeeper.core.rules.TicketSnapshot;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the rules that fire on a ticket into what to do now: notices to send or to draft for the agent, notices
 * held by quiet hours or the contact cap, notices dropped, and team tasks.
 *
 * <p>One customer notice per subject per risk episode, whichever rules fire: the first firing rule (in rule set
 * order) writes it. The claim in {@link NoticeLog} is made before the notice is handed out, so a node that fails
 * after claiming loses at most that notice and a retry never sends it twice. An automatic notice first takes one of
 * the customer's places under the contact cap ({@link NoticeLog#claimContact}), so two tickets of one customer
 * planned at once on two nodes cannot both pass a cap that has room for one.
 */
public final class NoticePlanner {
    private final RuleEngine engine;
    private final NoticePolicy policy;
    private final NoticeTemplates templates;
    private final NoticeLog log;

    public NoticePlanner(RuleEngine engine, NoticePolicy policy, NoticeTemplates templates, NoticeLog log) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** The same planner over another log, e.g. one that answers reads from a batch snapshot. */
    public NoticePlanner withLog(NoticeLog otherLog) {
        return new NoticePlanner(engine, policy, templates, otherLog);
    }

    /** Evaluates {@code rules} on the ticket and claims what is to be done now. */
    public NoticePlan plan(RuleSet rules, TicketSnapshot ticket, List<Promise> promises, Instant now) {
        List<RuleFiring> firings = engine.evaluate(rules, ticket, promises, now);
        Builder plan = new Builder();
        Set<String> firing = new HashSet<>();
        Set<String> noticeDecided = new HashSet<>();
        for (RuleFiring f : firings) {
            firing.add(f.subject());
            if (f.action().reachesCustomer()) {
                if (noticeDecided.add(f.subject())) {
                    customerNotice(f, ticket, now, plan);
                }
            } else if (f.action() instanceof Action.SuggestDelight delight) {
                delightCandidate(f, delight, ticket, plan);
            } else {
                teamTask(f, ticket, plan);
            }
        }
        for (String subject : RuleFiring.subjectsOf(ticket, promises)) {
            if (!firing.contains(subject)) {
                log.endEpisode(subject);
            }
        }
        return plan.build();
    }

    private void customerNotice(RuleFiring f, TicketSnapshot ticket, Instant now, Builder plan) {
        EpisodeKey episode = log.currentEpisode(f.subject());
        if (log.isClaimed(episode, NoticeLog.CUSTOMER_NOTICE)) {
            return;
        }
        String templateId = f.action() instanceof Action.PromptAgent p ? p.template()
                : ((Action.SendDelayNotice) f.action()).template();
        RuleMode mode = f.action() instanceof Action.PromptAgent ? RuleMode.APPROVAL : f.rule().mode();
        Optional<NoticeTemplate> template = templates.find(templateId, ticket.language());
        if (template.isEmpty()) {
            plan.dropped.add(new DroppedNotice(ticket.ticketKey(), f.rule().id(), f.subject(),
                    "template \"" + templateId + "\" no longer exists"));
            return;
        }
        String customer = contactKey(ticket);
        Instant due = f.promise().filter(Promise::isOpen).map(Promise::due).orElse(null);
        List<Instant> contacts = log.contactsSince(customer, now.minus(ContactCap.WEEK));
        NoticeDecision decision = policy.decide(now, ticket.customerZone(), due, contacts);
        if (decision instanceof NoticeDecision.Drop drop) {
            plan.dropped.add(new DroppedNotice(ticket.ticketKey(), f.rule().id(), f.subject(), drop.reason()));
            return;
        }
        Instant sendAt = decision instanceof NoticeDecision.HoldUntil hold ? hold.until() : now;
        NoticeTemplate t = template.get();
        DelayNotice notice = new DelayNotice(f.promise().map(Promise::id).orElse(null), ticket.ticketKey(), customer,
                episode, t.language(), t.render(facts(f, ticket, ticket.customerZone())), f.rule().id(), templateId,
                mode, sendAt, f.reason());
        if (decision instanceof NoticeDecision.HoldUntil) {
            plan.held.add(notice);
        } else if (mode != RuleMode.AUTOMATIC) {
            if (log.claim(episode, NoticeLog.CUSTOMER_NOTICE)) {
                plan.toDraft.add(notice);
            }
        } else {
            Optional<ContactPlace> place = log.claimContact(customer, now, policy.cap());
            if (place.isEmpty()) {
                // The contacts read above were stale: another thread or node took the customer's last place meanwhile.
                plan.held.add(notice);
            } else if (log.claim(episode, NoticeLog.CUSTOMER_NOTICE)) {
                // The place is taken before the episode and before sending: a crash in between may cost the customer
                // one notice, never push them over the cap.
                plan.toSend.add(notice);
            } else {
                log.releaseContact(place.get());
            }
        }
    }

    private void teamTask(RuleFiring f, TicketSnapshot ticket, Builder plan) {
        EpisodeKey episode = log.currentEpisode(f.subject());
        String purpose = "rule:" + f.rule().id() + ":" + f.rule().actions().indexOf(f.action());
        if (log.isClaimed(episode, purpose) || !log.claim(episode, purpose)) {
            return;
        }
        String text;
        if (f.action() instanceof Action.AddInternalComment comment) {
            // Team texts are not customer-facing but still render as wiki markup, so values are made literal too.
            text = new NoticeTemplate("internal-comment", NoticeTemplates.FALLBACK, comment.text())
                    .render(facts(f, ticket, ZoneId.of("UTC")));
        } else {
            text = WikiMarkup.literal(f.reason());
        }
        plan.teamTasks.add(new TeamTask(ticket.ticketKey(), f.rule().id(), episode, f.action(), text));
    }

    private void delightCandidate(RuleFiring f, Action.SuggestDelight delight, TicketSnapshot ticket, Builder plan) {
        EpisodeKey episode = log.currentEpisode(f.subject());
        if (log.isClaimed(episode, delightPurpose(delight.gestureId()))) {
            return;
        }
        plan.delights.add(new DelightCandidate(ticket.ticketKey(), contactKey(ticket), ticket.project(),
                delight.gestureId(), f.rule().id(), episode.value(), f.reason()));
    }

    /**
     * What a stored delight suggestion claims in its episode: the claim ends the episode like any other, so a new
     * long wait can bring a new check-in; the delight store's unique key is what keeps it from coming twice.
     */
    public static String delightPurpose(String gestureId) {
        return "delight:" + gestureId;
    }

    private static NoticeFacts facts(RuleFiring f, TicketSnapshot ticket, ZoneId zone) {
        Optional<Promise> p = f.promise();
        return new NoticeFacts(ticket.customerFirstName(), p.map(Promise::text).orElse(null),
                p.map(Promise::due).orElse(null),
                f.risk().map(r -> r.expectedCompletion()).orElse(null),
                f.risk().map(r -> r.expectedCompletionP90()).orElse(null),
                ticket.agentName(), ticket.ticketKey(), f.reason(), zone);
    }

    // Without a known customer the ticket stands in for them, so the cap still applies.
    static String contactKey(TicketSnapshot ticket) {
        return ticket.customer().isEmpty() ? "ticket:" + ticket.ticketKey() : ticket.customer();
    }

    private static final class Builder {
        private final List<DelayNotice> toSend = new ArrayList<>();
        private final List<DelayNotice> toDraft = new ArrayList<>();
        private final List<DelayNotice> held = new ArrayList<>();
        private final List<DroppedNotice> dropped = new ArrayList<>();
        private final List<TeamTask> teamTasks = new ArrayList<>();
        private final List<DelightCandidate> delights = new ArrayList<>();

        NoticePlan build() {
            return new NoticePlan(toSend, toDraft, held, dropped, teamTasks, delights);
        }
    }
}
