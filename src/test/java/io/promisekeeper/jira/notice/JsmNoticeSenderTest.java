package io.promisekeeper.jira.notice;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentCreateParameters;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;
import io.promisekeeper.core.notice.DelayNotice;
import io.promisekeeper.core.notice.EpisodeKey;
import io.promisekeeper.core.rules.RuleMode;
import io.promisekeeper.jira.access.JiraUsers;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who a delay notice is posted as: the sending agent, the administrator's named author, or the assignee. */
class JsmNoticeSenderTest {
    private final IssueManager issues = mock(IssueManager.class);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final ServiceDeskCommentService comments = mock(ServiceDeskCommentService.class);
    private final ServiceDeskCommentCreateParameters.Builder builder =
            mock(ServiceDeskCommentCreateParameters.Builder.class, RETURNS_SELF);
    private final UserManager directory = mock(UserManager.class);
    private final ApplicationUser assignee = mock(ApplicationUser.class);
    private final ApplicationUser agent = mock(ApplicationUser.class);
    private final ApplicationUser serviceUser = mock(ApplicationUser.class);
    private final AtomicReference<String> named = new AtomicReference<>("");
    private final JsmNoticeSender sender = new JsmNoticeSender(issues, comments, new JiraUsers(directory), named::get);

    @BeforeEach
    void ticket() {
        when(issues.getIssueObject("SD-1")).thenReturn(issue);
        when(issue.getAssignee()).thenReturn(assignee);
        when(comments.newCreateBuilder()).thenReturn(builder);
        when(builder.build()).thenReturn(mock(ServiceDeskCommentCreateParameters.class));
        when(directory.getUserByKey("JIRAUSER10200")).thenReturn(agent);
        when(directory.getUserByName("svc-notices")).thenReturn(serviceUser);
    }

    @Test
    void aNoticeSentFromThePanelIsPostedAsTheAgentNotTheAssignee() {
        sender.sendAs(notice(), "JIRAUSER10200");

        verify(comments).createServiceDeskComment(eq(agent), any());
        verify(comments, never()).createServiceDeskComment(eq(assignee), any());
        verify(builder).publicComment(true);
    }

    @Test
    void anAutomaticNoticeIsPostedAsTheNamedAuthor() {
        named.set("svc-notices");

        sender.send(notice());

        verify(comments).createServiceDeskComment(eq(serviceUser), any());
        verify(comments, never()).createServiceDeskComment(eq(assignee), any());
    }

    @Test
    void withoutANamedAuthorOrWhenItWasDeletedTheAssigneeSpeaks() {
        sender.send(notice());
        named.set("deleted-user");
        sender.send(notice());

        verify(comments, org.mockito.Mockito.times(2)).createServiceDeskComment(eq(assignee), any());
    }

    @Test
    void anUnknownAgentPostsNothing() {
        assertThatThrownBy(() -> sender.sendAs(notice(), "JIRAUSER99999")).isInstanceOf(IllegalStateException.class);
        verify(comments, never()).createServiceDeskComment(any(), any());
    }

    @Test
    void anUnassignedTicketWithoutANamedAuthorPostsNothing() {
        when(issue.getAssignee()).thenReturn(null);
        assertThatThrownBy(() -> sender.send(notice())).hasMessageContaining("no assignee");
        verify(comments, never()).createServiceDeskComment(any(), any());
    }

    private static DelayNotice notice() {
        return new DelayNotice(1L, "SD-1", "cust", new EpisodeKey("SD-1", 1), "en", "We need a little longer.",
                "r1", "t1", RuleMode.AUTOMATIC, Instant.parse("2026-03-02T09:00:00Z"), "at risk");
    }
}
