package io.promisekeeper.jira.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.ApplicationUser;
import io.promisekeeper.core.activity.SettlingEvidence;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class JiraTicketEvidenceTest {
    private static final Instant T0 = Instant.parse("2026-03-09T09:00:00Z");
    private final IssueManager issues = mock(IssueManager.class);
    private final CommentManager comments = mock(CommentManager.class);
    private final ChangeHistoryManager changes = mock(ChangeHistoryManager.class);
    private final CommentVisibility visibility = mock(CommentVisibility.class);
    private final ServiceTeam team = mock(ServiceTeam.class);
    private final JiraTicketEvidence evidence = new JiraTicketEvidence(issues, comments, changes, visibility, team);

    @Test
    void readsEveryResolutionOfAReopenedTicketAndOnlyPublicAgentComments() {
        MutableIssue issue = mock(MutableIssue.class);
        when(issues.getIssueObject("SD-1")).thenReturn(issue);
        when(issue.getResolutionDate()).thenReturn(null); // reopened since
        ChangeHistory resolved = history(T0.plusSeconds(3600), item("resolution", null, "1"));
        ChangeHistory reopened = history(T0.plusSeconds(7200), item("resolution", "1", null));
        ChangeHistory status = history(T0.plusSeconds(60), item("status", "1", "3"));
        when(changes.getChangeHistories(issue)).thenReturn(List.of(resolved, reopened, status));
        ApplicationUser agent = mock(ApplicationUser.class);
        ApplicationUser customer = mock(ApplicationUser.class);
        Comment publicReply = comment(agent, T0.plusSeconds(600));
        Comment internalNote = comment(agent, T0.plusSeconds(300));
        Comment customerReply = comment(customer, T0.plusSeconds(200));
        when(comments.getComments(issue)).thenReturn(List.of(internalNote, customerReply, publicReply));
        when(visibility.isVisibleToCustomer(any())).thenAnswer(a -> a.getArgument(0) != internalNote);
        when(team.isAgent(agent, issue)).thenReturn(true);

        SettlingEvidence read = evidence.of("SD-1").orElseThrow();

        assertThat(read.resolutions()).containsExactly(T0.plusSeconds(3600));
        assertThat(read.publicAgentComments()).containsExactly(T0.plusSeconds(600));
    }

    @Test
    void aDeletedTicketHasNoRecord() {
        assertThat(evidence.of("SD-404")).isEmpty();
    }

    private static ChangeHistory history(Instant at, ChangeItemBean item) {
        ChangeHistory h = mock(ChangeHistory.class);
        when(h.getTimePerformed()).thenReturn(Timestamp.from(at));
        when(h.getChangeItemBeans()).thenReturn(List.of(item));
        return h;
    }

    private static ChangeItemBean item(String field, String from, String to) {
        return new ChangeItemBean("jira", field, from, from, to, to, null);
    }

    private static Comment comment(ApplicationUser author, Instant at) {
        Comment c = mock(Comment.class);
        when(c.getAuthorApplicationUser()).thenReturn(author);
        when(c.getCreated()).thenReturn(Date.from(at));
        return c;
    }
}
