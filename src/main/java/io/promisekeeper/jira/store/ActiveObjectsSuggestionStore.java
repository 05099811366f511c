package io.promisekeeper.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSuggestion;
import io.promisekeeper.core.promise.SuggestionStatus;
import io.promisekeeper.core.promise.SuggestionStore;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Suggested promises in Active Objects tables. */
public final class ActiveObjectsSuggestionStore implements SuggestionStore {
    /** Every column, named: a bare select loads only ids, and each getter would then cost a query of its own. */
    static final String SUGGESTION_COLUMNS = "ID, TICKET_KEY, SENTENCE, KIND, DUE_AT, CALENDAR_ID, AUTHOR, DETECTED_AT, STATUS";

    private final ActiveObjects ao;

    public ActiveObjectsSuggestionStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public PromiseSuggestion create(PromiseSuggestion s) {
        SuggestionEntity row = ao.create(SuggestionEntity.class,
                new DBParam("TICKET_KEY", s.ticketKey()),
                new DBParam("SENTENCE", s.sentence()),
                new DBParam("KIND", s.kind().name()),
                new DBParam("DUE_AT", s.due().toEpochMilli()),
                new DBParam("CALENDAR_ID", s.calendarId()),
                new DBParam("AUTHOR", s.author()),
                new DBParam("DETECTED_AT", s.detectedAt().toEpochMilli()),
                new DBParam("STATUS", s.status().name()));
        return toSuggestion(row);
    }

    @Override
    public Optional<PromiseSuggestion> find(long id) {
        if (id < 1 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(SuggestionEntity.class, (int) id)).map(ActiveObjectsSuggestionStore::toSuggestion);
    }

    @Override
    public List<PromiseSuggestion> pendingForTicket(String ticketKey) {
        SuggestionEntity[] rows = ao.find(SuggestionEntity.class, Query.select(SUGGESTION_COLUMNS)
                .where("TICKET_KEY = ? AND STATUS = ?", ticketKey, SuggestionStatus.PENDING.name())
                .order("DETECTED_AT, ID"));
        return Arrays.stream(rows).map(ActiveObjectsSuggestionStore::toSuggestion).toList();
    }

    @Override
    public boolean decide(long id, SuggestionStatus status) {
        return ao.executeInTransaction(() -> {
            SuggestionEntity row = id < 1 || id > Integer.MAX_VALUE ? null : ao.get(SuggestionEntity.class, (int) id);
            if (row == null || !SuggestionStatus.PENDING.name().equals(row.getStatus())) {
                return false;
            }
            try {
                ao.create(SuggestionDecisionEntity.class, new DBParam("SUGGESTION_ID", id));
            } catch (RuntimeException decidedByAnother) {
                return false;
            }
            row.setStatus(status.name());
            row.save();
            return true;
        });
    }

    private static PromiseSuggestion toSuggestion(SuggestionEntity row) {
        return new PromiseSuggestion(row.getID(), row.getTicketKey(), row.getSentence(),
                PromiseKind.valueOf(row.getKind()), Instant.ofEpochMilli(row.getDueAt()), row.getCalendarId(),
                row.getAuthor(), Instant.ofEpochMilli(row.getDetectedAt()), SuggestionStatus.valueOf(row.getStatus()));
    }
}
