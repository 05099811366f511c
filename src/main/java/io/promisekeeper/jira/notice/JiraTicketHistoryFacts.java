package io.promisekeeper.jira.notice;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import io.promisekeeper.core.rules.TicketHistoryFacts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Reads a ticket's past from Jira for the delight triggers: reopens (the resolution cleared after being set) and
 * updates from the change history plus comments, the resolution date, and whether the reporter raised tickets
 * before. That last one costs a search, so it is only asked for tickets created in the last
 * {@link #FIRST_TICKET_WINDOW}; older tickets answer {@link TicketHistoryFacts#UNKNOWN} and a "first ticket" rule
 * does not fire on them (it is meant for a newcomer's fresh ticket anyway).
 */
public final class JiraTicketHistoryFacts {
    /** How recent a ticket must be to be checked for being its customer's first. */
    static final Duration FIRST_TICKET_WINDOW = Duration.ofDays(30);
    private static final DateTimeFormatter JQL_MINUTE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    private final ChangeHistoryManager changes;
    private final SearchService search;
    /** The zone JQL reads date literals in on the searching thread, asked at each search (an admin may change it). */
    private final Supplier<ZoneId> jqlZone;

    public JiraTicketHistoryFacts(ChangeHistoryManager changes, SearchService search, ZoneId serverZone) {
        this.changes = changes;
        this.search = search;
        this.jqlZone = () -> serverZone;
    }

    /** Reads JQL dates in the zone Jira reads them in on the searching thread, not the JVM's. */
    public JiraTicketHistoryFacts(ChangeHistoryManager changes, SearchService search, TimeZoneManager timeZones) {
        this.changes = changes;
        this.search = search;
        this.jqlZone = () -> io.promisekeeper.jira.access.JiraZones.jqlZone(timeZones);
    }

    /** The past of {@code issue} at {@code now}, with {@code comments} comments on it. */
    public TicketHistoryFacts of(Issue issue, int comments, Instant now) {
        int reopens = 0;
        int updates = comments;
        List<ChangeHistory> histories = changes.getChangeHistories(issue);
        for (ChangeHistory h : histories == null ? List.<ChangeHistory>of() : histories) {
            updates++;
            List<ChangeItemBean> items = h.getChangeItemBeans();
            for (ChangeItemBean item : items == null ? List.<ChangeItemBean>of() : items) {
                if ("resolution".equalsIgnoreCase(item.getField()) && !isBlank(item.getFrom())
                        && isBlank(item.getTo())) {
                    reopens++;
                }
            }
        }
        Instant resolved = issue.getResolutionDate() == null ? null : issue.getResolutionDate().toInstant();
        return new TicketHistoryFacts(reopens, updates, earlierTickets(issue, now), resolved);
    }

    private int earlierTickets(Issue issue, Instant now) {
        ApplicationUser reporter = issue.getReporter();
        Instant created = issue.getCreated() == null ? null : issue.getCreated().toInstant();
        if (reporter == null || reporter.getUsername() == null || created == null
                || created.isBefore(now.minus(FIRST_TICKET_WINDOW))) {
            return TicketHistoryFacts.UNKNOWN;
        }
        SearchService.ParseResult parsed = search.parseQuery(null, jql(reporter.getUsername(), issue.getKey(), created));
        if (!parsed.isValid()) {
            return TicketHistoryFacts.UNKNOWN;
        }
        try {
            return search.searchOverrideSecurity(null, parsed.getQuery(), new PagerFilter<>(0, 1)).getTotal();
        } catch (SearchException | LinkageError e) {
            return TicketHistoryFacts.UNKNOWN;
        }
    }

    /** The reporter's other tickets created up to this one's minute. */
    String jql(String username, String key, Instant created) {
        return "reporter = " + quoted(username) + " AND key != " + quoted(key) + " AND created <= "
                + quoted(JQL_MINUTE.format(created.atZone(jqlZone.get())));
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
