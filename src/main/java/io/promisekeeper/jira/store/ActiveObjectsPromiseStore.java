package io.promisekeeper.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.ChangeType;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseChange;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSource;
import io.promisekeeper.core.promise.PromiseStatus;
import io.promisekeeper.core.promise.PromiseStore;
import io.promisekeeper.core.promise.UnknownPromise;
import io.promisekeeper.core.promise.VersionConflict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Promises and their history in Active Objects tables. */
public final class ActiveObjectsPromiseStore implements PromiseStore {
    /** Large enough to load a ticket's history in few round trips, small enough for every database's IN limit. */
    private static final int IN_BATCH = 500;
    /** Every column, named: a bare select loads only ids, and each getter would then cost a query of its own. */
    static final String PROMISE_COLUMNS = "ID, TICKET_KEY, TEXT, KIND, DUE_AT, CALENDAR_ID, MADE_BY, MADE_AT, CHANNEL, "
            + "SOURCE, STATUS, ROW_VERSION, SUPERSEDED_BY, RENEGOTIATED_FROM, RENEGOTIATION_REASON, CUSTOMER_AGREED";
    static final String CHANGE_COLUMNS = "ID, PROMISE_ID, CLAIM, WHO, CHANGED_AT, CHANGE_TYPE, DETAIL";

    private final ActiveObjects ao;

    public ActiveObjectsPromiseStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Promise create(Promise promise) {
        return ao.executeInTransaction(() -> {
            PromiseEntity row = ao.create(PromiseEntity.class,
                    new DBParam("TICKET_KEY", promise.ticketKey()),
                    new DBParam("TEXT", promise.text()),
                    new DBParam("KIND", promise.kind().name()),
                    new DBParam("DUE_AT", promise.due().toEpochMilli()),
                    new DBParam("CALENDAR_ID", promise.calendarId()),
                    new DBParam("MADE_BY", promise.madeBy()),
                    new DBParam("MADE_AT", promise.madeAt().toEpochMilli()),
                    new DBParam("CHANNEL", promise.channel().name()),
                    new DBParam("SOURCE", promise.source().name()),
                    new DBParam("STATUS", promise.status().name()),
                    new DBParam("ROW_VERSION", 1L));
            copyLinks(promise, row);
            row.save();
            long id = row.getID();
            boolean first = true;
            for (PromiseChange change : promise.history()) {
                insertChange(id, first ? versionClaim(id, 1) : noteClaim(id, 1), change);
                first = false;
            }
            return toPromise(row, changesOf(List.of((long) id)).getOrDefault(id, List.of()));
        });
    }

    @Override
    public Optional<Promise> find(long id) {
        PromiseEntity row = ao.get(PromiseEntity.class, toKey(id));
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(toPromise(row, changesOf(List.of(id)).getOrDefault(id, List.of())));
    }

    @Override
    public List<Promise> listByTicket(String ticketKey) {
        PromiseEntity[] rows = ao.find(PromiseEntity.class,
                Query.select(PROMISE_COLUMNS).where("TICKET_KEY = ?", ticketKey).order("MADE_AT, ID"));
        return withHistory(rows);
    }

    @Override
    public Promise update(Promise changed, long expectedVersion, PromiseChange change) {
        return ao.executeInTransaction(() -> {
            long id = changed.id();
            PromiseEntity row = ao.get(PromiseEntity.class, toKey(id));
            if (row == null) {
                throw new UnknownPromise(id);
            }
            if (row.getRowVersion() != expectedVersion) {
                throw new VersionConflict(id, expectedVersion, row.getRowVersion());
            }
            long next = expectedVersion + 1;
            try {
                insertChange(id, versionClaim(id, next), change);
            } catch (RuntimeException claimedByAnother) {
                // The unique claim was taken by a concurrent change that committed first.
                throw new VersionConflict(id, expectedVersion, next);
            }
            row.setText(changed.text());
            row.setKind(changed.kind().name());
            row.setDueAt(changed.due().toEpochMilli());
            row.setCalendarId(changed.calendarId());
            row.setChannel(changed.channel().name());
            row.setStatus(changed.status().name());
            row.setRowVersion(next);
            copyLinks(changed, row);
            row.save();
            return toPromise(row, changesOf(List.of(id)).getOrDefault(id, List.of()));
        });
    }

    @Override
    public List<Promise> openDueWithin(Instant from, Instant to) {
        PromiseEntity[] rows = ao.find(PromiseEntity.class, Query.select(PROMISE_COLUMNS)
                .where("STATUS = ? AND DUE_AT >= ? AND DUE_AT < ?", PromiseStatus.OPEN.name(),
                        from.toEpochMilli(), to.toEpochMilli())
                .order("DUE_AT, ID"));
        return withHistory(rows);
    }

    @Override
    public List<Promise> openDueWithoutHistory(Instant from, Instant to) {
        // The round forecasts thousands of promises per tick and reads no history: one range query, no more.
        PromiseEntity[] rows = ao.find(PromiseEntity.class, Query.select(PROMISE_COLUMNS)
                .where("STATUS = ? AND DUE_AT >= ? AND DUE_AT < ?", PromiseStatus.OPEN.name(),
                        from.toEpochMilli(), to.toEpochMilli())
                .order("DUE_AT, ID"));
        List<Promise> result = new ArrayList<>(rows.length);
        for (PromiseEntity row : rows) {
            result.add(toPromise(row, List.of()));
        }
        return result;
    }

    @Override
    public List<Promise> madeWithin(String projectKey, Instant from, Instant to) {
        PromiseEntity[] rows = ao.find(PromiseEntity.class, Query.select(PROMISE_COLUMNS)
                // Keys "<project>-<n>" sort between "<project>-" and "<project>." ('.' follows '-'): a range the
                // ticket-key index serves on every database, with no LIKE escaping rules to get wrong.
                .where("TICKET_KEY >= ? AND TICKET_KEY < ? AND MADE_AT >= ? AND MADE_AT < ?",
                        projectKey(projectKey) + "-", projectKey + ".", from.toEpochMilli(), to.toEpochMilli())
                .order("MADE_AT, ID"));
        return withHistory(rows);
    }

    private static String projectKey(String projectKey) {
        if (projectKey == null || !projectKey.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("not a project key: " + projectKey);
        }
        return projectKey;
    }

    @Override
    public void appendHistory(long promiseId, PromiseChange change) {
        ao.executeInTransaction(() -> {
            PromiseEntity row = ao.get(PromiseEntity.class, toKey(promiseId));
            if (row == null) {
                throw new UnknownPromise(promiseId);
            }
            insertChange(promiseId, noteClaim(promiseId, row.getRowVersion()), change);
            return null;
        });
    }

    private List<Promise> withHistory(PromiseEntity[] rows) {
        List<Long> ids = Arrays.stream(rows).map(r -> (long) r.getID()).toList();
        Map<Long, List<PromiseChange>> history = changesOf(ids);
        List<Promise> result = new ArrayList<>(rows.length);
        for (PromiseEntity row : rows) {
            result.add(toPromise(row, history.getOrDefault((long) row.getID(), List.of())));
        }
        return result;
    }

    private Map<Long, List<PromiseChange>> changesOf(List<Long> ids) {
        Map<Long, List<PromiseChange>> byPromise = new HashMap<>();
        for (int start = 0; start < ids.size(); start += IN_BATCH) {
            List<Long> batch = ids.subList(start, Math.min(ids.size(), start + IN_BATCH));
            String marks = String.join(",", Collections.nCopies(batch.size(), "?"));
            // Sorted here, not by the database: with ORDER BY ID, H2 walks the whole table in key order and tests
            // every row against the list instead of using the promise-id index (seconds per page at 100,000).
            PromiseChangeEntity[] rows = ao.find(PromiseChangeEntity.class,
                    Query.select(CHANGE_COLUMNS).where("PROMISE_ID IN (" + marks + ")", batch.toArray()));
            Arrays.sort(rows, java.util.Comparator.comparingInt(PromiseChangeEntity::getID));
            for (PromiseChangeEntity row : rows) {
                byPromise.computeIfAbsent(row.getPromiseId(), k -> new ArrayList<>()).add(new PromiseChange(
                        row.getWho(), Instant.ofEpochMilli(row.getChangedAt()),
                        ChangeType.valueOf(row.getChangeType()), row.getDetail()));
            }
        }
        return byPromise;
    }

    private void insertChange(long promiseId, String claim, PromiseChange change) {
        ao.create(PromiseChangeEntity.class,
                new DBParam("PROMISE_ID", promiseId),
                new DBParam("CLAIM", claim),
                new DBParam("WHO", change.who()),
                new DBParam("CHANGED_AT", change.at().toEpochMilli()),
                new DBParam("CHANGE_TYPE", change.type().name()),
                new DBParam("DETAIL", change.detail()));
    }

    private static void copyLinks(Promise promise, PromiseEntity row) {
        row.setSupersededBy(promise.supersededBy());
        row.setRenegotiatedFrom(promise.renegotiatedFrom());
        row.setRenegotiationReason(promise.renegotiationReason());
        row.setCustomerAgreed(promise.customerAgreed());
    }

    private static Promise toPromise(PromiseEntity row, List<PromiseChange> history) {
        return new Promise(row.getID(), row.getTicketKey(), row.getText(), PromiseKind.valueOf(row.getKind()),
                Instant.ofEpochMilli(row.getDueAt()), row.getCalendarId(), row.getMadeBy(),
                Instant.ofEpochMilli(row.getMadeAt()), Channel.valueOf(row.getChannel()),
                PromiseSource.valueOf(row.getSource()), PromiseStatus.valueOf(row.getStatus()), row.getRowVersion(),
                row.getSupersededBy(), row.getRenegotiatedFrom(), row.getRenegotiationReason(),
                row.getCustomerAgreed(), history);
    }

    private static String versionClaim(long id, long version) {
        return id + ":" + version;
    }

    private static String noteClaim(long id, long version) {
        return id + ":" + version + ":" + UUID.randomUUID();
    }

    private static Integer toKey(long id) {
        return id > Integer.MAX_VALUE || id < 1 ? Integer.valueOf(-1) : Integer.valueOf((int) id);
    }
}
