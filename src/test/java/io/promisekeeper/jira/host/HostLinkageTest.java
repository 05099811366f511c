package io.promisekeeper.jira.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import com.atlassian.servicedesk.api.requesttype.RequestTypeQuery;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import com.atlassian.servicedesk.api.sla.info.SlaInformationService;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import io.promisekeeper.core.activity.TicketActivity;
import io.promisekeeper.core.insight.KeptRates;
import io.promisekeeper.jira.event.JsmCommentVisibility;
import io.promisekeeper.jira.event.ServiceTeam;
import io.promisekeeper.jira.event.TicketWorkQueue;
import io.promisekeeper.jira.insight.JiraTicketFacts;
import io.promisekeeper.jira.notice.JsmOrganisations;
import io.promisekeeper.jira.notice.JsmSlaGoals;
import io.promisekeeper.jira.schedule.OverdueSweep;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A JSM or Jira whose API differs from the one the app was built against throws a {@link LinkageError}
 * (NoSuchMethodError, NoClassDefFoundError), which is no {@link RuntimeException}. Each best-effort host read must
 * cost only its own fact, each job must end as failed rather than die, and the work queue must keep working.
 */
class HostLinkageTest {
    private final MutableIssue issue = mock(MutableIssue.class);
    private final ApplicationUser agent = mock(ApplicationUser.class);

    @BeforeEach
    void setUp() {
        when(issue.getId()).thenReturn(10042L);
        when(issue.getKey()).thenReturn("HELP-42");
    }

    @Test
    void theRequestTypeIsFoundByAQueryNamingTheIssue() {
        RequestTypeService service = mock(RequestTypeService.class);
        RequestTypeQuery.Builder builder = mock(RequestTypeQuery.Builder.class, RETURNS_SELF);
        RequestTypeQuery query = mock(RequestTypeQuery.class);
        when(service.newQueryBuilder()).thenReturn(builder);
        when(builder.issue(10042L)).thenReturn(builder);
        when(builder.build()).thenReturn(query);
        RequestType type = mock(RequestType.class);
        when(type.getName()).thenReturn("Get IT help");
        @SuppressWarnings("unchecked")
        PagedResponse<RequestType> page = mock(PagedResponse.class);
        when(page.getResults()).thenReturn(List.of(type));
        when(service.getRequestTypes(agent, query)).thenReturn(page);

        assertThat(facts(service).factsOf(List.of("HELP-42")).get("HELP-42").requestType()).isEqualTo("Get IT help");
    }

    @Test
    void aTicketThatIsNoRequestHasAnUnknownRequestType() {
        RequestTypeService service = mock(RequestTypeService.class);
        RequestTypeQuery.Builder builder = mock(RequestTypeQuery.Builder.class, RETURNS_SELF);
        when(service.newQueryBuilder()).thenReturn(builder);
        @SuppressWarnings("unchecked")
        PagedResponse<RequestType> empty = mock(PagedResponse.class);
        when(empty.getResults()).thenReturn(List.of());
        when(service.getRequestTypes(any(), any())).thenReturn(empty);

        assertThat(facts(service).factsOf(List.of("HELP-42")).get("HELP-42").requestType()).isEqualTo(KeptRates.UNKNOWN);
    }

    @Test
    void aMissingRequestTypeMethodCostsOnlyTheRequestType() {
        RequestTypeService service = mock(RequestTypeService.class);
        when(service.newQueryBuilder()).thenThrow(new NoSuchMethodError("RequestTypeService.newQueryBuilder()"));

        var facts = facts(service).factsOf(List.of("HELP-42")).get("HELP-42");

        // Not asked, so not "none": shown as unknown and asked again rather than stored (StoredTicketFacts).
        assertThat(facts.requestType()).isNull();
        assertThat(facts.ticketKey()).isEqualTo("HELP-42");
    }

    @Test
    void aMissingSlaClassCostsOnlyTheSlaGoals() {
        SlaInformationService slas = mock(SlaInformationService.class);
        when(slas.newInfoQueryBuilder()).thenThrow(new NoClassDefFoundError("com/atlassian/servicedesk/api/sla/info/SlaInformationQuery"));

        assertThat(new JsmSlaGoals(slas).of(issue, agent)).isEmpty();
    }

    @Test
    void aMissingFieldMethodCostsOnlyTheOrganisations() {
        CustomFieldManager fields = mock(CustomFieldManager.class);
        when(fields.getCustomFieldObjects(issue)).thenThrow(new NoSuchMethodError("CustomFieldManager.getCustomFieldObjects(Issue)"));

        assertThat(new JsmOrganisations(fields).of(issue)).isEmpty();
    }

    @Test
    void aMissingCommentMethodMakesTheCommentNotPublicRatherThanFailTheEvent() {
        ServiceDeskCommentService comments = mock(ServiceDeskCommentService.class);
        when(comments.getServiceDeskCommentByJiraComment(any(), any())).thenThrow(new AbstractMethodError("isPublic"));

        assertThat(new JsmCommentVisibility(comments).isVisibleToCustomer(mock(Comment.class))).isFalse();
    }

    @Test
    void aJobHitByALinkageErrorEndsAsFailedInsteadOfThrowingIntoTheScheduler() {
        TicketActivity activity = mock(TicketActivity.class);
        when(activity.breakOverdue(any())).thenThrow(new NoSuchMethodError("IssueManager.getIssueObject(String)"));
        OverdueSweep sweep = new OverdueSweep(activity, Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));

        assertThatCode(() -> assertThat(sweep.runJob(mock(JobRunnerRequest.class)).toString()).startsWith("FAILED"))
                .doesNotThrowAnyException();
    }

    @Test
    void theWorkQueueKeepsWorkingAfterATaskHitsALinkageError() throws InterruptedException {
        try (TicketWorkQueue queue = new TicketWorkQueue(1, 10)) {
            queue.submit(() -> {
                throw new NoClassDefFoundError("com/atlassian/servicedesk/api/comment/ServiceDeskComment");
            });
            CountDownLatch next = new CountDownLatch(1);
            queue.submit(next::countDown);
            assertThat(next.await(5, TimeUnit.SECONDS)).as("the next event is still processed").isTrue();
        }
    }

    @Test
    void aMissingComponentMethodCostsOnlyTheComponent() {
        when(issue.getComponents()).thenThrow(new NoSuchMethodError("ProjectComponent.getName()"));
        RequestTypeService service = mock(RequestTypeService.class);
        when(service.newQueryBuilder()).thenThrow(new IllegalStateException("no request"));

        var facts = facts(service).factsOf(List.of("HELP-42")).get("HELP-42");

        assertThat(facts.component()).isEqualTo(KeptRates.UNKNOWN);
    }

    @Test
    void aMissingPermissionMethodMakesNobodyAnAgentInsteadOfFailing() {
        PermissionManager permissions = mock(PermissionManager.class);
        when(permissions.hasPermission(any(), any(Issue.class), any())).thenThrow(new NoSuchMethodError("hasPermission"));

        assertThat(new ServiceTeam(permissions).isAgent(agent, issue)).isFalse();
    }

    private JiraTicketFacts facts(RequestTypeService service) {
        IssueManager issues = mock(IssueManager.class);
        when(issues.getIssueObject("HELP-42")).thenReturn(issue);
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        when(authentication.getLoggedInUser()).thenReturn(agent);
        return new JiraTicketFacts(issues, service, authentication);
    }
}
