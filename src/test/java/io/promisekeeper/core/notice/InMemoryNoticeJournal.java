package io.promisekeeper.core.notice;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link NoticeJournal} in memory, safe for concurrent callers. */
public final class InMemoryNoticeJournal implements NoticeJournal {
    private final Map<String, NoticeRecord> byEpisode = new ConcurrentHashMap<>();

    @Override
    public void claimed(DelayNotice notice, Instant at) {
        byEpisode.putIfAbsent(notice.episode().value(), new NoticeRecord(notice, NoticeState.CLAIMED, at, at));
    }

    @Override
    public void rewrite(EpisodeKey episode, String body, Instant at) {
        byEpisode.computeIfPresent(episode.value(), (k, r) -> r.state() == NoticeState.SENT ? r
                : new NoticeRecord(withBody(r.notice(), body), r.state(), r.claimedAt(), at));
    }

    private static DelayNotice withBody(DelayNotice n, String body) {
        return new DelayNotice(n.promiseId(), n.ticketKey(), n.customer(), n.episode(), n.language(), body, n.ruleId(),
                n.templateId(), n.mode(), n.sendAt(), n.reason());
    }

    @Override
    public void mark(EpisodeKey episode, NoticeState state, Instant at) {
        byEpisode.computeIfPresent(episode.value(), (k, r) -> r.state().canBecome(state)
                ? new NoticeRecord(r.notice(), state, r.claimedAt(), at) : r);
    }

    @Override
    public List<NoticeRecord> unfinishedBefore(Instant before, int limit) {
        return byEpisode.values().stream().filter(r -> r.state().isUnfinished() && r.updatedAt().isBefore(before))
                .sorted(Comparator.comparing(NoticeRecord::updatedAt)).limit(limit).toList();
    }

    @Override
    public List<NoticeRecord> recentForTicket(String ticketKey, int limit) {
        return byEpisode.values().stream().filter(r -> r.notice().ticketKey().equals(ticketKey))
                .sorted(Comparator.comparing(NoticeRecord::claimedAt).reversed()).limit(limit).toList();
    }

    /** Every record, in no order. */
    public List<NoticeRecord> all() {
        return List.copyOf(byEpisode.values());
    }
}
