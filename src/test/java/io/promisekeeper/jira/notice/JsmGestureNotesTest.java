package io.promisekeeper.jira.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentCreateParameters;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;
import io.promisekeeper.standin.BundleTexts;
import io.promisekeeper.core.delight.DelightAction;
import io.promisekeeper.core.delight.DelightCatalogue;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** A done gesture becomes an internal comment by the agent, in their language, its values made literal. */
class JsmGestureNotesTest {
    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    private final IssueManager issues = mock(IssueManager.class);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final ServiceDeskCommentService comments = mock(ServiceDeskCommentService.class);
    private final ServiceDeskCommentCreateParameters.Builder builder =
            mock(ServiceDeskCommentCreateParameters.Builder.class, RETURNS_SELF);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ApplicationUser agent = mock(ApplicationUser.class);
    private final JsmGestureNotes notes = new JsmGestureNotes(issues, comments, authentication, new BundleTexts(),
            DelightCatalogue::defaults);

    @Test
    void theAgentsNoteIsAnInternalCommentInTheirLanguage() {
        when(issues.getIssueObject("SD-1")).thenReturn(issue);
        when(authentication.getLoggedInUser()).thenReturn(agent);
        when(authentication.getLocale()).thenReturn(new Locale("nl"));
        when(comments.newCreateBuilder()).thenReturn(builder);
        when(builder.build()).thenReturn(mock(ServiceDeskCommentCreateParameters.class));

        notes.done(done("Gebeld, *blij* {color}"));

        ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
        verify(builder).body(body.capture());
        verify(builder).publicComment(false);
        verify(comments).createServiceDeskComment(eq(agent), any());
        assertThat(body.getValue()).isEqualTo("(/) Klantgebaar gedaan: Persoonlijk bellen. Gebeld, \\*blij\\* \\{color\\}");
    }

    @Test
    void aFailingJsmLeavesTheGestureDoneAndWritesNothing() {
        when(issues.getIssueObject("SD-1")).thenReturn(issue);
        when(authentication.getLoggedInUser()).thenReturn(agent);
        when(comments.newCreateBuilder()).thenThrow(new IllegalStateException("JSM down"));
        notes.done(done(""));
        verify(comments, never()).createServiceDeskComment(any(), any());
    }

    private static DelightAction done(String note) {
        return DelightAction.suggested("SD-1", "customer", "SD", "personal-call", "rule", "ticket:SD-1:x#1", "why", 0,
                T.minusSeconds(60)).stored(5, 1).done(note, "agent", T);
    }
}
