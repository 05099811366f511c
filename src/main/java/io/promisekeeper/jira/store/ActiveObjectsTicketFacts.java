package io.promisekeeper.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisekeeper.core.insight.KeptRates;
import io.promisekeeper.core.insight.TicketFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The component and request type of tickets as Jira last told them, kept so that insight reads them for a page of
 * tickets in one query instead of asking Jira ticket by ticket.
 */
public final class ActiveObjectsTicketFacts {
    /** Keys per query: well under every database's limit on bound parameters. */
    static final int IN_BATCH = 500;
    private static final int TEXT_LIMIT = 255;

    private final ActiveObjects ao;

    public ActiveObjectsTicketFacts(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The stored facts of those of {@code ticketKeys} that have a row; one query per 500 keys. */
    public Map<String, TicketFacts> factsOf(Collection<String> ticketKeys) {
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(ticketKeys));
        Map<String, TicketFacts> found = new HashMap<>();
        for (int start = 0; start < keys.size(); start += IN_BATCH) {
            List<String> page = keys.subList(start, Math.min(keys.size(), start + IN_BATCH));
            String marks = String.join(",", Collections.nCopies(page.size(), "?"));
            for (TicketFactEntity row : ao.find(TicketFactEntity.class,
                    Query.select("ID, TICKET_KEY, COMPONENT, REQUEST_TYPE")
                            .where("TICKET_KEY IN (" + marks + ")", page.toArray()))) {
                found.put(row.getTicketKey(), new TicketFacts(row.getTicketKey(), orUnknown(row.getComponent()),
                        orUnknown(row.getRequestType())));
            }
        }
        return found;
    }

    /** Stores what Jira said of these tickets; a ticket another node stored meanwhile keeps that row. */
    public void remember(Collection<TicketFacts> facts, Instant readAt) {
        for (TicketFacts f : facts) {
            try {
                ao.create(TicketFactEntity.class,
                        new DBParam("TICKET_KEY", f.ticketKey()),
                        new DBParam("COMPONENT", stored(f.component())),
                        new DBParam("REQUEST_TYPE", stored(f.requestType())),
                        new DBParam("READ_AT", readAt.toEpochMilli()));
            } catch (RuntimeException duplicate) {
                if (ao.count(TicketFactEntity.class, Query.select("ID").where("TICKET_KEY = ?", f.ticketKey())) == 0) {
                    throw duplicate;
                }
                // Another node (or an earlier page) stored it first; both read the same ticket.
            }
        }
    }

    /** Forgets a ticket's facts (its component or request type may have changed); the next read asks Jira again. */
    public void forget(String ticketKey) {
        TicketFactEntity[] rows = ao.find(TicketFactEntity.class,
                Query.select("ID").where("TICKET_KEY = ?", ticketKey));
        if (rows.length > 0) {
            ao.delete(rows);
        }
    }

    private static String stored(String value) {
        if (value == null || value.isBlank() || KeptRates.UNKNOWN.equals(value)) {
            return null;
        }
        // A component or request type name longer than the column is cut, not refused: it is Jira's, not input.
        return value.codePointCount(0, value.length()) <= TEXT_LIMIT ? value
                : value.substring(0, value.offsetByCodePoints(0, TEXT_LIMIT));
    }

    private static String orUnknown(String value) {
        return value == null ? KeptRates.UNKNOWN : value;
    }
}
