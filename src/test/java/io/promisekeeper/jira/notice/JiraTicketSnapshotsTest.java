package io.promisekeeper.jira.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.LocaleManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.SingleCalendar;
import io.promisekeeper.core.insight.TicketFacts;
import io.promisekeeper.core.rules.SlaGoal;
import io.promisekeeper.core.rules.TicketSnapshot;
import io.promisekeeper.jira.event.ServiceTeam;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The rule snapshot carries the request's JSM SLA goals (read as the assignee) and its organisations. */
class JiraTicketSnapshotsTest {
    private final IssueManager issues = mock(IssueManager.class);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final ApplicationUser assignee = mock(ApplicationUser.class);
    private final ApplicationUser customer = mock(ApplicationUser.class);
    private final CommentManager comments = mock(CommentManager.class);
    private final LocaleManager locales = mock(LocaleManager.class);
    private final TimeZoneManager zones = mock(TimeZoneManager.class);
    private final JsmSlaGoals slaGoals = mock(JsmSlaGoals.class);
    private final JsmOrganisations organisations = mock(JsmOrganisations.class);

    @Test
    void slaGoalsAndOrganisationsComeFromJsm() {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("HELP");
        when(issue.getKey()).thenReturn("HELP-9");
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getAssignee()).thenReturn(assignee);
        when(issue.getReporter()).thenReturn(customer);
        when(issue.getLabels()).thenReturn(Set.of());
        when(issues.getIssueObject("HELP-9")).thenReturn(issue);
        when(comments.getComments(issue)).thenReturn(List.of());
        when(locales.getLocaleFor(customer)).thenReturn(new Locale("nl"));
        when(zones.getTimeZoneforUser(customer)).thenReturn(TimeZone.getTimeZone("Europe/Amsterdam"));
        SlaGoal goal = new SlaGoal("Time to resolution", Duration.ofMinutes(40), false, false);
        when(slaGoals.of(issue, assignee)).thenReturn(List.of(goal));
        when(organisations.of(issue)).thenReturn(Set.of("Acme Benelux"));

        JiraTicketSnapshots snapshots = new JiraTicketSnapshots(issues, comments,
                new ServiceTeam(mock(PermissionManager.class)), locales, zones,
                keys -> Map.of("HELP-9", new TicketFacts("HELP-9", "Desk", "Get IT help")),
                new SingleCalendar(BusinessCalendar.weekdays("default", ZoneId.of("Europe/Amsterdam"), 9, 17, Set.of())),
                null, slaGoals, organisations, Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));

        TicketSnapshot snapshot = snapshots.of(List.of("HELP-9")).get("HELP-9");

        assertThat(snapshot.slaGoals()).containsExactly(goal);
        assertThat(snapshot.organisations()).containsExactly("Acme Benelux");
        assertThat(snapshot.requestType()).isEqualTo("Get IT help");
        assertThat(snapshot.language()).isEqualTo("nl");
    }

    @Test
    void anUnassignedTicketsSlaGoalsAreReadAsTheProjectLead() {
        ApplicationUser lead = mock(ApplicationUser.class);
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("HELP");
        when(project.getProjectLead()).thenReturn(lead);
        when(issue.getKey()).thenReturn("HELP-10");
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getAssignee()).thenReturn(null);
        when(issue.getLabels()).thenReturn(Set.of());
        when(issues.getIssueObject("HELP-10")).thenReturn(issue);
        when(comments.getComments(issue)).thenReturn(List.of());
        SlaGoal goal = new SlaGoal("Time to first response", Duration.ofMinutes(20), false, false);
        when(slaGoals.of(issue, lead)).thenReturn(List.of(goal));

        JiraTicketSnapshots snapshots = new JiraTicketSnapshots(issues, comments,
                new ServiceTeam(mock(PermissionManager.class)), locales, zones,
                keys -> Map.of(),
                new SingleCalendar(BusinessCalendar.weekdays("default", ZoneId.of("Europe/Amsterdam"), 9, 17, Set.of())),
                null, slaGoals, organisations, Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));

        assertThat(snapshots.of(List.of("HELP-10")).get("HELP-10").slaGoals()).containsExactly(goal);
    }

    @Test
    void anUnassignedTicketsSlaGoalsAreReadAsTheNamedReaderBeforeTheLead() {
        ApplicationUser lead = mock(ApplicationUser.class);
        ApplicationUser reader = mock(ApplicationUser.class);
        com.atlassian.jira.user.util.UserManager directory = mock(com.atlassian.jira.user.util.UserManager.class);
        when(directory.getUserByName("svc-sla")).thenReturn(reader);
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("HELP");
        when(project.getProjectLead()).thenReturn(lead);
        when(issue.getKey()).thenReturn("HELP-11");
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getAssignee()).thenReturn(null);
        when(issue.getLabels()).thenReturn(Set.of());
        when(issues.getIssueObject("HELP-11")).thenReturn(issue);
        when(comments.getComments(issue)).thenReturn(List.of());
        SlaGoal asReader = new SlaGoal("Time to first response", Duration.ofMinutes(20), false, false);
        SlaGoal asLead = new SlaGoal("Time to resolution", Duration.ofMinutes(90), false, false);
        when(slaGoals.of(issue, reader)).thenReturn(List.of(asReader));
        when(slaGoals.of(issue, lead)).thenReturn(List.of(asLead));
        java.util.concurrent.atomic.AtomicReference<String> named = new java.util.concurrent.atomic.AtomicReference<>(
                "svc-sla");

        JiraTicketSnapshots snapshots = new JiraTicketSnapshots(issues, comments,
                new ServiceTeam(mock(PermissionManager.class)), locales, zones,
                keys -> Map.of(),
                new SingleCalendar(BusinessCalendar.weekdays("default", ZoneId.of("Europe/Amsterdam"), 9, 17, Set.of())),
                null, slaGoals, organisations, Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC),
                new io.promisekeeper.jira.access.JiraUsers(directory), named::get);

        assertThat(snapshots.of(List.of("HELP-11")).get("HELP-11").slaGoals()).containsExactly(asReader);
        named.set("");
        assertThat(snapshots.of(List.of("HELP-11")).get("HELP-11").slaGoals()).containsExactly(asLead);
        named.set("deleted");
        assertThat(snapshots.of(List.of("HELP-11")).get("HELP-11").slaGoals()).containsExactly(asLead);
    }
}
