package io.promisekeeper.jira.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import com.atlassian.servicedesk.api.requesttype.RequestTypeQuery;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who the request type is asked as: the logged-in user, or in a job (nobody logged in) the project's lead. */
class JiraTicketFactsTest {
    private final MutableIssue issue = mock(MutableIssue.class);
    private final Project project = mock(Project.class);
    private final ApplicationUser lead = mock(ApplicationUser.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final RequestTypeService service = mock(RequestTypeService.class);
    private final IssueManager issues = mock(IssueManager.class);

    @BeforeEach
    void ticket() {
        when(issues.getIssueObject("HELP-42")).thenReturn(issue);
        when(issue.getId()).thenReturn(10042L);
        when(issue.getKey()).thenReturn("HELP-42");
        when(issue.getProjectObject()).thenReturn(project);
        RequestTypeQuery.Builder builder = mock(RequestTypeQuery.Builder.class, RETURNS_SELF);
        when(service.newQueryBuilder()).thenReturn(builder);
        when(builder.build()).thenReturn(mock(RequestTypeQuery.class));
        RequestType type = mock(RequestType.class);
        when(type.getName()).thenReturn("Get IT help");
        @SuppressWarnings("unchecked")
        PagedResponse<RequestType> page = mock(PagedResponse.class);
        when(page.getResults()).thenReturn(List.of(type));
        when(service.getRequestTypes(any(), any())).thenReturn(page);
    }

    @Test
    void aJobRunningAsNobodyAsksAsTheProjectLead() {
        when(project.getProjectLead()).thenReturn(lead);

        String type = new JiraTicketFacts(issues, service, authentication).factsOf(List.of("HELP-42")).get("HELP-42")
                .requestType();

        assertThat(type).isEqualTo("Get IT help");
        verify(service).getRequestTypes(org.mockito.ArgumentMatchers.eq(lead), any());
    }

    @Test
    void withNobodyToAskAsTheRequestTypeIsNotAskedAndSaidSo() {
        when(project.getProjectLead()).thenReturn(null);

        String type = new JiraTicketFacts(issues, service, authentication).factsOf(List.of("HELP-42")).get("HELP-42")
                .requestType();

        assertThat(type).isNull();
        verify(service, never()).getRequestTypes(any(), any());
    }
}
