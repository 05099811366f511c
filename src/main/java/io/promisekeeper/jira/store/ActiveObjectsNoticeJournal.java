package io.promisekeeper.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisekeeper.core.notice.DelayNotice;
import io.promisekeeper.core.notice.EpisodeKey;
import io.promisekeeper.core.notice.NoticeJournal;
import io.promisekeeper.core.notice.NoticeRecord;
import io.promisekeeper.core.notice.NoticeState;
import io.promisekeeper.core.rules.RuleMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Claimed customer notices and their state in an Active Objects table; the ticket's notice log. */
public final class ActiveObjectsNoticeJournal implements NoticeJournal {
    private static final int IN_BATCH = 500;
    static final String COLUMNS = "ID, EPISODE_KEY, SUBJECT, EPISODE, TICKET_KEY, PROMISE_ID, CUSTOMER, LANGUAGE_TAG,"
            + " BODY, RULE_ID, TEMPLATE_ID, RULE_MODE, REASON, SEND_AT, NOTICE_STATE, CLAIMED_AT, UPDATED_AT";

    private final ActiveObjects ao;

    public ActiveObjectsNoticeJournal(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void claimed(DelayNotice n, Instant at) {
        try {
            ao.create(NoticeEntity.class,
                    new DBParam("EPISODE_KEY", n.episode().value()),
                    new DBParam("SUBJECT", n.episode().subject()),
                    new DBParam("EPISODE", n.episode().number()),
                    new DBParam("TICKET_KEY", n.ticketKey()),
                    new DBParam("PROMISE_ID", n.promiseId()),
                    new DBParam("CUSTOMER", n.customer()),
                    new DBParam("LANGUAGE_TAG", n.language()),
                    new DBParam("BODY", n.body()),
                    new DBParam("RULE_ID", n.ruleId()),
                    new DBParam("TEMPLATE_ID", n.templateId()),
                    new DBParam("RULE_MODE", n.mode().name()),
                    new DBParam("REASON", n.reason()),
                    new DBParam("SEND_AT", n.sendAt().toEpochMilli()),
                    new DBParam("NOTICE_STATE", NoticeState.CLAIMED.name()),
                    new DBParam("CLAIMED_AT", at.toEpochMilli()),
                    new DBParam("UPDATED_AT", at.toEpochMilli()));
        } catch (RuntimeException e) {
            if (ao.count(NoticeEntity.class, Query.select("ID").where("EPISODE_KEY = ?", n.episode().value())) == 0) {
                throw e;
            }
            // Already recorded (a retry): the first record stands.
        }
    }

    @Override
    public void rewrite(EpisodeKey episode, String body, Instant at) {
        ao.executeInTransaction(() -> {
            NoticeEntity row = locked(episode, "ID, NOTICE_STATE, BODY, UPDATED_AT");
            if (NoticeState.valueOf(row.getNoticeState()) != NoticeState.SENT) {
                row.setBody(body);
                row.setUpdatedAt(at.toEpochMilli());
                row.save();
            }
            return null;
        });
    }

    @Override
    public void mark(EpisodeKey episode, NoticeState state, Instant at) {
        // Compared and set under the row's lock: a sweep that read SENDING cannot overwrite the SENT a slow round
        // wrote meanwhile, which would invite an agent to send the notice a second time.
        ao.executeInTransaction(() -> {
            // Only what the step needs: the body is a CLOB, and a round marks every notice twice.
            NoticeEntity row = locked(episode, "ID, NOTICE_STATE, UPDATED_AT");
            if (NoticeState.valueOf(row.getNoticeState()).canBecome(state)) {
                row.setNoticeState(state.name());
                row.setUpdatedAt(at.toEpochMilli());
                row.save();
            }
            return null;
        });
    }

    /**
     * The episode's notice, read after taking its row's write lock for the rest of the transaction: the Active
     * Objects API has no conditional update, so the row is first written with its own unchanging key (an UPDATE
     * locks the row on every database Jira supports), and whoever changes it next waits and then reads this write.
     */
    private NoticeEntity locked(EpisodeKey episode, String columns) {
        NoticeEntity[] rows = ao.find(NoticeEntity.class,
                Query.select("ID, EPISODE_KEY").where("EPISODE_KEY = ?", episode.value()));
        if (rows.length == 0) {
            throw new IllegalStateException("no notice recorded for episode " + episode);
        }
        rows[0].setEpisodeKey(episode.value());
        rows[0].save();
        return ao.find(NoticeEntity.class, Query.select(columns).where("ID = ?", rows[0].getID()))[0];
    }

    @Override
    public List<NoticeRecord> unfinishedBefore(Instant before, int limit) {
        return records(ao.find(NoticeEntity.class, Query.select(COLUMNS)
                .where("NOTICE_STATE IN (?, ?) AND UPDATED_AT < ?", NoticeState.CLAIMED.name(),
                        NoticeState.SENDING.name(), before.toEpochMilli())
                .order("UPDATED_AT, ID").limit(limit)));
    }

    @Override
    public List<NoticeRecord> recentForTicket(String ticketKey, int limit) {
        return records(ao.find(NoticeEntity.class, Query.select(COLUMNS).where("TICKET_KEY = ?", ticketKey)
                .order("CLAIMED_AT DESC, ID DESC").limit(limit)));
    }

    /** One query per page of {@value #IN_BATCH} tickets; each ticket's newest {@code perTicket} are kept. */
    @Override
    public List<NoticeRecord> recentForTickets(java.util.Collection<String> ticketKeys, int perTicket) {
        List<String> keys = new ArrayList<>(new java.util.LinkedHashSet<>(ticketKeys));
        List<NoticeRecord> all = new ArrayList<>();
        for (int start = 0; start < keys.size(); start += IN_BATCH) {
            List<String> page = keys.subList(start, Math.min(keys.size(), start + IN_BATCH));
            String marks = String.join(",", java.util.Collections.nCopies(page.size(), "?"));
            java.util.Map<String, Integer> taken = new java.util.HashMap<>();
            for (NoticeRecord r : records(ao.find(NoticeEntity.class, Query.select(COLUMNS)
                    .where("TICKET_KEY IN (" + marks + ")", page.toArray())
                    .order("TICKET_KEY, CLAIMED_AT DESC, ID DESC")))) {
                if (taken.merge(r.notice().ticketKey(), 1, Integer::sum) <= perTicket) {
                    all.add(r);
                }
            }
        }
        return all;
    }

    private static List<NoticeRecord> records(NoticeEntity[] rows) {
        List<NoticeRecord> records = new ArrayList<>(rows.length);
        for (NoticeEntity row : rows) {
            DelayNotice notice = new DelayNotice(row.getPromiseId(), row.getTicketKey(), row.getCustomer(),
                    new EpisodeKey(row.getSubject(), row.getEpisode()), row.getLanguageTag(), row.getBody(),
                    row.getRuleId(), row.getTemplateId(), RuleMode.valueOf(row.getRuleMode()),
                    Instant.ofEpochMilli(row.getSendAt()), row.getReason());
            records.add(new NoticeRecord(notice, NoticeState.valueOf(row.getNoticeState()),
                    Instant.ofEpochMilli(row.getClaimedAt()), Instant.ofEpochMilli(row.getUpdatedAt())));
        }
        return records;
    }
}
