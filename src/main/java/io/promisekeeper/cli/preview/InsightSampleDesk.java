package io.promisekeeper.cli.preview;

import io.promisekeeper.core.insight.GestureFact;
import io.promisekeeper.core.insight.GestureFactsSource;
import io.promisekeeper.core.insight.GestureState;
import io.promisekeeper.core.insight.InsightFilter;
import io.promisekeeper.core.delight.SatisfactionRatings;
import io.promisekeeper.core.insight.TicketFacts;
import io.promisekeeper.core.insight.TicketFactsSource;
import io.promisekeeper.core.notice.DelayNotice;
import io.promisekeeper.core.notice.EpisodeKey;
import io.promisekeeper.core.notice.NoticeJournal;
import io.promisekeeper.core.notice.NoticeState;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSource;
import io.promisekeeper.core.promise.PromiseStore;
import io.promisekeeper.core.rules.RuleFiring;
import io.promisekeeper.core.rules.RuleMode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The insight page's sample history over the weeks before now: settled promises on HELP-11 to HELP-14 and OPS-1,
 * the delay notices sent about some, the tickets' first components and ratings, and a few delight gestures. One
 * component has a name with markup in it, to show it stays text. Figures by hand (made days ago; each due a day later):
 * <pre>
 * HELP-1  Workplace                 (SampleDesk: 1 kept, 2 open)
 * HELP-11 Workplace  rating 2  20d kept (agent); 13d broken (agent), notice 2h before due
 * HELP-12 Workplace  rating 5   6d kept (colleague), notice 1 day before due
 * HELP-13 Network    rating 3  20d broken (agent); 6d kept (agent)
 * HELP-14 NIGHT_SHIFT           6d broken (colleague)
 * OPS-1   Operations           10d kept, 10d kept (agent)
 * </pre>
 */
public final class InsightSampleDesk implements TicketFactsSource, SatisfactionRatings, GestureFactsSource {
    public static final String OTHER_PROJECT = "OPS";
    /** A component name with markup, which every page must show as text. */
    public static final String NIGHT_SHIFT = "<script>window.pkHacked=1</script>Night shift";

    private final Map<String, TicketFacts> facts = new HashMap<>();
    private final List<GestureFact> gestures = new ArrayList<>();

    public InsightSampleDesk() {
        facts.put(SampleDesk.BUSY_TICKET, new TicketFacts(SampleDesk.BUSY_TICKET, "Workplace", "Laptop"));
        facts.put("HELP-11", new TicketFacts("HELP-11", "Workplace", "Laptop", 2));
        facts.put("HELP-12", new TicketFacts("HELP-12", "Workplace", "Account", 5));
        facts.put("HELP-13", new TicketFacts("HELP-13", "Network", "VPN", 3));
        facts.put("HELP-14", new TicketFacts("HELP-14", NIGHT_SHIFT, "VPN"));
        facts.put("OPS-1", new TicketFacts("OPS-1", "Operations", "Server"));
    }

    /** Writes the sample promises and notices as of {@code now}, and keeps the gestures. */
    public void seed(PromiseStore promises, NoticeJournal journal, Instant now) {
        kept(promises, "HELP-11", "agent", now, 20);
        Promise broken11 = broken(promises, "HELP-11", "agent", now, 13);
        sent(journal, broken11, broken11.due().minus(Duration.ofHours(2)));
        Promise kept12 = kept(promises, "HELP-12", "colleague", now, 6);
        sent(journal, kept12, kept12.due().minus(Duration.ofDays(1)));
        broken(promises, "HELP-13", "agent", now, 20);
        kept(promises, "HELP-13", "agent", now, 6);
        broken(promises, "HELP-14", "colleague", now, 6);
        kept(promises, "OPS-1", "agent", now, 10);
        kept(promises, "OPS-1", "agent", now, 10);

        gestures.add(gesture("HELP-11", "agent", "call", "Personal call", GestureState.DONE, null, "0", now, 12));
        gestures.add(gesture("HELP-13", "agent", "gift", "Goodwill gesture", GestureState.DONE, null, "20.00", now, 19));
        gestures.add(gesture("HELP-12", "colleague", "gift", "Goodwill gesture", GestureState.DISMISSED,
                "too expensive", "20.00", now, 5));
        gestures.add(gesture("OPS-1", "agent", "note", "Thank-you note", GestureState.SUGGESTED, null, null, now, 9));
    }

    @Override
    public Map<String, TicketFacts> factsOf(Collection<String> ticketKeys) {
        Map<String, TicketFacts> found = new HashMap<>();
        ticketKeys.forEach(k -> {
            if (facts.containsKey(k)) {
                found.put(k, facts.get(k));
            }
        });
        return found;
    }

    @Override
    public Map<String, Integer> ratingsOf(Collection<String> ticketKeys) {
        Map<String, Integer> ratings = new HashMap<>();
        ticketKeys.forEach(k -> {
            TicketFacts f = facts.get(k);
            if (f != null && f.satisfaction() != null) {
                ratings.put(k, f.satisfaction());
            }
        });
        return ratings;
    }

    @Override
    public List<GestureFact> suggestedWithin(Set<String> projectKeys, Instant from, Instant to) {
        return gestures.stream().filter(g -> projectKeys.contains(g.project()))
                .filter(g -> !g.suggestedAt().isBefore(from) && g.suggestedAt().isBefore(to)).toList();
    }

    private GestureFact gesture(String ticket, String agent, String id, String name, GestureState state, String reason,
                                String cost, Instant now, int daysAgo) {
        Instant suggested = now.minus(Duration.ofDays(daysAgo));
        return new GestureFact(ticket, InsightFilter.projectOf(ticket), facts.get(ticket).component(), agent, id, name,
                state, reason, cost == null ? null : new BigDecimal(cost), suggested,
                state == GestureState.SUGGESTED ? null : suggested.plus(Duration.ofHours(3)));
    }

    private static Promise made(PromiseStore promises, String ticket, String agent, Instant now, int daysAgo) {
        Instant made = now.minus(Duration.ofDays(daysAgo));
        return promises.create(Promise.open(ticket, "Call back about " + ticket, PromiseKind.CALLBACK,
                made.plus(Duration.ofDays(1)), "default", agent, made, Channel.PHONE, PromiseSource.AGENT));
    }

    private static Promise kept(PromiseStore promises, String ticket, String agent, Instant now, int daysAgo) {
        Promise p = made(promises, ticket, agent, now, daysAgo);
        Promise changed = p.keep(agent, p.due().minus(Duration.ofHours(1)), "Done");
        return promises.update(changed, changed.version(), changed.lastChange());
    }

    private static Promise broken(PromiseStore promises, String ticket, String agent, Instant now, int daysAgo) {
        Promise p = made(promises, ticket, agent, now, daysAgo);
        Promise changed = p.markBroken("system", p.due().plus(Duration.ofMinutes(15)), "Past due");
        return promises.update(changed, changed.version(), changed.lastChange());
    }

    private static void sent(NoticeJournal journal, Promise promise, Instant at) {
        EpisodeKey episode = EpisodeKey.first(RuleFiring.promiseSubject(promise));
        journal.claimed(new DelayNotice(promise.id(), promise.ticketKey(), "customer", episode, "en",
                "We need a little more time.", "warn-early", "delay-notice", RuleMode.AUTOMATIC, at,
                "promise at risk"), at.minusSeconds(30));
        journal.mark(episode, NoticeState.SENDING, at.minusSeconds(10));
        journal.mark(episode, NoticeState.SENT, at);
    }
}
