package io.promisekeeper.jira.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import io.promisekeeper.core.ticket.TicketSignal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TicketEventListenerTest {
    private static final Instant AT = Instant.parse("2026-03-02T10:15:30Z");

    private final List<TicketSignal> received = new CopyOnWriteArrayList<>();

    @Test
    void aResolvedIssueBecomesAResolvedSignalOnTheWorkQueue() throws InterruptedException {
        CountDownLatch handled = new CountDownLatch(1);
        try (TicketWorkQueue queue = new TicketWorkQueue(1, 10)) {
            TicketEventListener listener = new TicketEventListener(mock(EventPublisher.class),
                    new IssueEventTranslation(c -> true), queue, s -> {
                        received.add(s);
                        handled.countDown();
                    });
            listener.onIssueEvent(event(EventType.ISSUE_RESOLVED_ID, null));
            assertThat(handled.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(received).containsExactly(new TicketSignal.Resolved("HELP-7", AT, "agent-1"));
    }

    @Test
    void commentsCarryBodyAuthorAndWhetherTheCustomerSeesThem() {
        Comment comment = mock(Comment.class);
        ApplicationUser author = user("agent-2");
        when(comment.getBody()).thenReturn("I'll call you back tomorrow");
        when(comment.getAuthorApplicationUser()).thenReturn(author);
        when(comment.getCreated()).thenReturn(Date.from(AT.plusSeconds(5)));
        IssueEventTranslation publicReplies = new IssueEventTranslation(c -> true);
        IssueEventTranslation internalNotes = new IssueEventTranslation(c -> false);

        assertThat(publicReplies.translate(event(EventType.ISSUE_COMMENTED_ID, comment))).contains(
                new TicketSignal.Commented("HELP-7", AT.plusSeconds(5), "agent-2", "I'll call you back tomorrow", true));
        assertThat(internalNotes.translate(event(EventType.ISSUE_COMMENTED_ID, comment)))
                .hasValueSatisfying(s -> assertThat(((TicketSignal.Commented) s).visibleToCustomer()).isFalse());
    }

    @Test
    void eventsThePromisesDoNotDependOnAreIgnored() {
        IssueEventTranslation translation = new IssueEventTranslation(c -> true);
        assertThat(translation.translate(event(EventType.ISSUE_UPDATED_ID, null))).isEmpty();
        assertThat(translation.translate(event(EventType.ISSUE_GENERICEVENT_ID, null))).isEmpty();
        assertThat(translation.translate(null)).isEmpty();
    }

    @Test
    void aFullQueueOrABrokenEventNeverThrowsIntoJirasThread() {
        try (TicketWorkQueue queue = new TicketWorkQueue(1, 1)) {
            CountDownLatch block = new CountDownLatch(1);
            queue.submit(() -> awaitQuietly(block));
            TicketEventListener listener = new TicketEventListener(mock(EventPublisher.class),
                    new IssueEventTranslation(c -> true), queue, received::add);
            for (int i = 0; i < 5; i++) {
                listener.onIssueEvent(event(EventType.ISSUE_RESOLVED_ID, null));
            }
            IssueEvent broken = mock(IssueEvent.class);
            when(broken.getIssue()).thenThrow(new IllegalStateException("issue deleted"));
            listener.onIssueEvent(broken);
            assertThat(queue.rejectedCount()).isGreaterThanOrEqualTo(3);
            block.countDown();
        }
    }

    @Test
    void jsmDecidesWhetherACommentIsPublicAndNonServiceProjectCommentsAreNot() {
        var service = mock(com.atlassian.servicedesk.api.comment.ServiceDeskCommentService.class);
        var sdComment = mock(com.atlassian.servicedesk.api.comment.ServiceDeskComment.class);
        Comment publicReply = mock(Comment.class);
        Comment elsewhere = mock(Comment.class);
        when(service.getServiceDeskCommentByJiraComment(null, publicReply)).thenReturn(sdComment);
        when(sdComment.isPublic()).thenReturn(true);
        when(service.getServiceDeskCommentByJiraComment(null, elsewhere))
                .thenThrow(mock(com.atlassian.servicedesk.api.ServiceDeskServiceException.class));
        JsmCommentVisibility visibility = new JsmCommentVisibility(service);
        assertThat(visibility.isVisibleToCustomer(publicReply)).isTrue();
        assertThat(visibility.isVisibleToCustomer(elsewhere)).isFalse();
    }

    private static IssueEvent event(Long type, Comment comment) {
        IssueEvent event = mock(IssueEvent.class);
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn("HELP-7");
        ApplicationUser user = user("agent-1");
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(type);
        when(event.getUser()).thenReturn(user);
        when(event.getComment()).thenReturn(comment);
        when(event.getTime()).thenReturn(Date.from(AT));
        return event;
    }

    private static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        return user;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
