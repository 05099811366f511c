package io.promisekeeper.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisekeeper.core.delight.DelightAction;
import io.promisekeeper.core.delight.DelightActions;
import io.promisekeeper.core.delight.DelightClaim;
import io.promisekeeper.core.delight.DelightConflict;
import io.promisekeeper.core.delight.DelightState;
import io.promisekeeper.core.delight.DismissReason;
import io.promisekeeper.core.delight.UnknownDelightAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Delight suggestions in Active Objects tables; the unique keys make "never twice" and the limits hold. */
public final class ActiveObjectsDelightActions implements DelightActions {
    // TEAM and TEAM_SLOT hold the project's key and slot (column names from before issue 15, see the entity).
    static final String COLUMNS = "ID, SUBJECT_KEY, CUSTOMER_SLOT, TEAM_SLOT, TICKET_KEY, CUSTOMER, TEAM, GESTURE_ID,"
            + " RULE_ID, SUBJECT, REASON, SUGGESTED_AT, STATE, DONE_NOTE, DISMISS_REASON, DISMISS_NOTE, SNOOZED_UNTIL,"
            + " ACTED_AT, ACTED_BY, COST_CENTS, ROW_VERSION";

    private final ActiveObjects ao;

    public ActiveObjectsDelightActions(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<DelightAction> suggest(DelightAction s, DelightClaim claim) {
        if (s.id() != 0) {
            throw new IllegalArgumentException("already stored: " + s.id());
        }
        try {
            DelightActionEntity row = ao.create(DelightActionEntity.class,
                    new DBParam("SUBJECT_KEY", claim.subjectKey()),
                    new DBParam("CUSTOMER_SLOT", claim.customerSlot()),
                    new DBParam("TEAM_SLOT", claim.projectSlot() == null ? "free|" + claim.subjectKey()
                            : claim.projectSlot()),
                    new DBParam("TICKET_KEY", s.ticketKey()),
                    new DBParam("CUSTOMER", s.customer()),
                    new DBParam("TEAM", s.projectKey()),
                    new DBParam("GESTURE_ID", s.gestureId()),
                    new DBParam("RULE_ID", s.ruleId()),
                    new DBParam("SUBJECT", s.subject()),
                    new DBParam("REASON", s.reason()),
                    new DBParam("SUGGESTED_AT", s.suggestedAt().toEpochMilli()),
                    new DBParam("STATE", s.state().name()),
                    new DBParam("COST_CENTS", s.costCents()),
                    new DBParam("ROW_VERSION", 1L));
            return Optional.of(s.stored(row.getID(), 1));
        } catch (RuntimeException e) {
            if (taken(claim)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Optional<DelightAction> find(long id) {
        return actions(ao.find(DelightActionEntity.class, Query.select(COLUMNS).where("ID = ?", id))).stream()
                .findFirst();
    }

    @Override
    public List<DelightAction> openForTicket(String ticketKey, Instant now) {
        return actions(ao.find(DelightActionEntity.class, Query.select(COLUMNS)
                .where("TICKET_KEY = ? AND (STATE = ? OR (STATE = ? AND SNOOZED_UNTIL <= ?))", ticketKey,
                        DelightState.SUGGESTED.name(), DelightState.SNOOZED.name(), now.toEpochMilli())
                .order("SUGGESTED_AT, ID")));
    }

    @Override
    public List<DelightAction> forTicket(String ticketKey) {
        return actions(ao.find(DelightActionEntity.class, Query.select(COLUMNS).where("TICKET_KEY = ?", ticketKey)
                .order("SUGGESTED_AT, ID")));
    }

    @Override
    public List<DelightAction> suggestedBetween(Instant from, Instant to, Optional<String> projectKey) {
        Query q = Query.select(COLUMNS);
        if (projectKey.isPresent()) {
            q = q.where("SUGGESTED_AT >= ? AND SUGGESTED_AT < ? AND TEAM = ?", from.toEpochMilli(), to.toEpochMilli(),
                    projectKey.get());
        } else {
            q = q.where("SUGGESTED_AT >= ? AND SUGGESTED_AT < ?", from.toEpochMilli(), to.toEpochMilli());
        }
        return actions(ao.find(DelightActionEntity.class, q.order("SUGGESTED_AT, ID")));
    }

    @Override
    public List<DelightAction> forCustomer(String customer, Instant from, Instant to) {
        return actions(ao.find(DelightActionEntity.class, Query.select(COLUMNS)
                .where("CUSTOMER = ? AND SUGGESTED_AT >= ? AND SUGGESTED_AT < ?", customer, from.toEpochMilli(),
                        to.toEpochMilli())
                .order("SUGGESTED_AT, ID")));
    }

    @Override
    public DelightAction act(DelightAction changed) {
        long id = changed.id();
        long next = changed.version() + 1;
        return ao.executeInTransaction(() -> {
            DelightActionEntity[] rows = ao.find(DelightActionEntity.class, Query.select(COLUMNS).where("ID = ?", id));
            if (rows.length == 0) {
                throw new UnknownDelightAction(id);
            }
            DelightActionEntity row = rows[0];
            if (row.getRowVersion() != changed.version()) {
                throw new DelightConflict(id, changed.version());
            }
            try {
                ao.create(DelightActEntity.class,
                        new DBParam("ACT_KEY", id + ":" + next),
                        new DBParam("ACTION_ID", id),
                        new DBParam("STATE", changed.state().name()),
                        new DBParam("ACTED_AT", changed.actedAt().toEpochMilli()),
                        new DBParam("ACTED_BY", changed.actedBy()));
            } catch (RuntimeException actedByAnother) {
                // The unique act key was taken by a concurrent act on the same version that committed first.
                throw new DelightConflict(id, changed.version());
            }
            row.setState(changed.state().name());
            row.setDoneNote(orNull(changed.doneNote()));
            row.setDismissReason(changed.dismissReason() == null ? null : changed.dismissReason().name());
            row.setDismissNote(orNull(changed.dismissNote()));
            row.setSnoozedUntil(changed.snoozedUntil() == null ? null : changed.snoozedUntil().toEpochMilli());
            row.setActedAt(changed.actedAt() == null ? null : changed.actedAt().toEpochMilli());
            row.setActedBy(changed.actedBy());
            row.setRowVersion(next);
            row.save();
            return changed.stored(id, next);
        });
    }

    private static String orNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private boolean taken(DelightClaim claim) {
        String projectSlot = claim.projectSlot() == null ? "free|" + claim.subjectKey() : claim.projectSlot();
        return ao.count(DelightActionEntity.class, Query.select("ID")
                .where("SUBJECT_KEY = ? OR CUSTOMER_SLOT = ? OR TEAM_SLOT = ?", claim.subjectKey(),
                        claim.customerSlot(), projectSlot)) > 0;
    }

    private static List<DelightAction> actions(DelightActionEntity[] rows) {
        List<DelightAction> out = new ArrayList<>(rows.length);
        for (DelightActionEntity r : rows) {
            out.add(new DelightAction(r.getID(), r.getTicketKey(), r.getCustomer(), r.getProjectKey(), r.getGestureId(),
                    r.getRuleId(), r.getSubject(), r.getReason(), Instant.ofEpochMilli(r.getSuggestedAt()),
                    DelightState.valueOf(r.getState()), r.getDoneNote(),
                    r.getDismissReason() == null ? null : DismissReason.valueOf(r.getDismissReason()),
                    r.getDismissNote(), r.getSnoozedUntil() == null ? null : Instant.ofEpochMilli(r.getSnoozedUntil()),
                    r.getActedAt() == null ? null : Instant.ofEpochMilli(r.getActedAt()), r.getActedBy(),
                    r.getCostCents(), r.getRowVersion()));
        }
        return out;
    }
}
