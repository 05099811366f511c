package io.promisekeeper.jira.notice;

import com.atlassian.jira.config.LocaleManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import io.promisekeeper.core.calendar.BusinessCalendars;
import io.promisekeeper.core.insight.TicketFacts;
import io.promisekeeper.core.insight.TicketFactsSource;
import io.promisekeeper.core.notice.TicketSnapshots;
import io.promisekeeper.core.rules.TicketHistoryFacts;
import io.promisekeeper.core.rules.TicketSnapshot;
import io.promisekeeper.jira.access.JiraUsers;
import io.promisekeeper.jira.access.JiraZones;
import io.promisekeeper.jira.event.ServiceTeam;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.TimeZone;

/**
 * Reads what rules and templates need about tickets from Jira: project, request type, priority, labels, status,
 * the customer (the reporter) with their language and time zone, the assignee's name, and from the comments who
 * spoke last, and (when given) the ticket's past for the delight triggers, its JSM SLA goals (read as the assignee,
 * since JSM shows SLAs to agents only) and the customer organisations it is shared with.
 */
public final class JiraTicketSnapshots implements TicketSnapshots {
    private final IssueManager issues;
    private final CommentManager comments;
    private final ServiceTeam team;
    private final LocaleManager locales;
    private final TimeZoneManager timeZones;
    private final TicketFactsSource facts;
    private final BusinessCalendars calendars;
    private final JiraTicketHistoryFacts history;
    private final JsmSlaGoals slaGoals;
    private final JsmOrganisations organisations;
    private final Clock clock;
    private final JiraUsers users;
    private final Supplier<String> namedSlaReader;

    /** Snapshots without the ticket's past: delight triggers on reopens, updates or first tickets do not fire. */
    public JiraTicketSnapshots(IssueManager issues, CommentManager comments, ServiceTeam team, LocaleManager locales,
                               TimeZoneManager timeZones, TicketFactsSource facts, BusinessCalendars calendars) {
        this(issues, comments, team, locales, timeZones, facts, calendars, null, null, null, Clock.systemUTC());
    }

    /** Any of {@code history}, {@code slaGoals} and {@code organisations} may be null: those facts stay unknown. */
    public JiraTicketSnapshots(IssueManager issues, CommentManager comments, ServiceTeam team, LocaleManager locales,
                               TimeZoneManager timeZones, TicketFactsSource facts, BusinessCalendars calendars,
                               JiraTicketHistoryFacts history, JsmSlaGoals slaGoals, JsmOrganisations organisations,
                               Clock clock) {
        this(issues, comments, team, locales, timeZones, facts, calendars, history, slaGoals, organisations, clock,
                null, () -> "");
    }

    /**
     * As above; SLA facts of unassigned tickets are read as the user {@code namedSlaReader} names (key or name,
     * found through {@code users}), or as the project lead when it names nobody.
     */
    public JiraTicketSnapshots(IssueManager issues, CommentManager comments, ServiceTeam team, LocaleManager locales,
                               TimeZoneManager timeZones, TicketFactsSource facts, BusinessCalendars calendars,
                               JiraTicketHistoryFacts history, JsmSlaGoals slaGoals, JsmOrganisations organisations,
                               Clock clock, JiraUsers users, Supplier<String> namedSlaReader) {
        this.users = users;
        this.namedSlaReader = namedSlaReader;
        this.history = history;
        this.slaGoals = slaGoals;
        this.organisations = organisations;
        this.clock = clock;
        this.issues = issues;
        this.comments = comments;
        this.team = team;
        this.locales = locales;
        this.timeZones = timeZones;
        this.facts = facts;
        this.calendars = calendars;
    }

    @Override
    public Map<String, TicketSnapshot> of(Collection<String> ticketKeys) {
        Map<String, TicketFacts> requestTypes = facts.factsOf(ticketKeys);
        Map<String, TicketSnapshot> snapshots = new HashMap<>();
        for (String key : ticketKeys) {
            Issue issue = issues.getIssueObject(key);
            if (issue != null) {
                TicketFacts f = requestTypes.get(key);
                snapshots.put(key, snapshot(issue, f == null ? "" : f.requestType()));
            }
        }
        return snapshots;
    }

    private TicketSnapshot snapshot(Issue issue, String requestType) {
        ApplicationUser customer = issue.getReporter();
        ApplicationUser assignee = issue.getAssignee();
        Conversation talk = conversation(issue);
        Locale locale = customer == null ? null : locales.getLocaleFor(customer);
        TimeZone zone = customer == null ? null : TimeZone.getTimeZone(JiraZones.userZone(timeZones, customer));
        return new TicketSnapshot(issue.getKey(),
                issue.getProjectObject() == null ? "" : issue.getProjectObject().getKey(),
                requestType,
                issue.getPriority() == null ? "" : issue.getPriority().getName(),
                organisations == null ? Set.of() : organisations.of(issue),
                labels(issue),
                issue.getStatus() == null ? "" : issue.getStatus().getName(),
                customer == null ? "" : customer.getKey(),
                customer == null ? "" : firstName(customer.getDisplayName()),
                locale == null ? "" : locale.toLanguageTag(),
                zone == null ? ZoneId.of("UTC") : zone.toZoneId(),
                assignee == null ? "" : assignee.getDisplayName(),
                talk.lastCustomer(), talk.lastAgent(), talk.waitingOnTeamSince(), talk.unanswered(),
                false, slaGoals == null ? List.of() : slaGoals.of(issue, slaReader(issue, assignee)),
                calendars.forTicket(issue.getKey()),
                history == null ? TicketHistoryFacts.unknown(false) : history.of(issue, talk.comments(), clock.instant()));
    }

    /**
     * Who reads the SLA facts: the assignee, or on an unassigned ticket the user the administrator named, else the
     * project's lead, who may see its SLAs; reading them as nobody would leave an unassigned ticket without any.
     */
    private ApplicationUser slaReader(Issue issue, ApplicationUser assignee) {
        if (assignee != null) {
            return assignee;
        }
        if (users != null) {
            String named = namedSlaReader.get();
            if (named != null && !named.isBlank()) {
                try {
                    var reader = users.find(named);
                    if (reader.isPresent()) {
                        return reader.get();
                    }
                } catch (RuntimeException | LinkageError unavailable) {
                    // Fall through to the project lead: some reader beats none.
                }
            }
        }
        if (issue.getProjectObject() == null) {
            return null;
        }
        try {
            return issue.getProjectObject().getProjectLead();
        } catch (RuntimeException | LinkageError unavailable) {
            return null;
        }
    }

    /** Who spoke last: the customer's comments since the team's last reply are unanswered. */
    private record Conversation(Instant lastCustomer, Instant lastAgent, int unanswered, int comments) {
        Instant waitingOnTeamSince() {
            return unanswered > 0 ? lastCustomer : null;
        }
    }

    private Conversation conversation(Issue issue) {
        Instant lastCustomer = null;
        Instant lastAgent = null;
        int unanswered = 0;
        List<Comment> all;
        try {
            all = comments.getComments(issue);
        } catch (RuntimeException | LinkageError unreadable) {
            // The conversation facts are one fact of the snapshot: without them no comment trigger fires.
            all = List.of();
        }
        for (Comment c : all == null ? List.<Comment>of() : all) {
            Instant at = c.getCreated() == null ? null : c.getCreated().toInstant();
            if (at == null) {
                continue;
            }
            if (team.isAgent(c.getAuthorApplicationUser(), issue)) {
                lastAgent = at;
                unanswered = 0;
            } else {
                lastCustomer = at;
                unanswered++;
            }
        }
        return new Conversation(lastCustomer, lastAgent, unanswered, all == null ? 0 : all.size());
    }

    private static Set<String> labels(Issue issue) {
        Set<String> names = new LinkedHashSet<>();
        Set<Label> labels = issue.getLabels();
        if (labels != null) {
            labels.forEach(l -> names.add(l.getLabel()));
        }
        return names;
    }

    private static String firstName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return "";
        }
        return displayName.strip().split("\\s+")[0];
    }
}
