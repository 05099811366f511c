package io.promisekeeper.jira.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.ServiceDeskServiceException;
import com.atlassian.servicedesk.api.comment.ServiceDeskComment;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;
import io.promisekeeper.core.activity.AssigneeChanged;
import io.promisekeeper.core.activity.InternalComment;
import io.promisekeeper.core.activity.PublicAgentComment;
import io.promisekeeper.core.activity.TicketEvent;
import io.promisekeeper.core.activity.TicketResolved;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TicketEventListenerTest {
    private static final Instant AT = Instant.parse("2026-03-02T10:15:30Z");

    private final List<TicketEvent> received = new CopyOnWriteArrayList<>();
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final ApplicationUser agent = user("agent-2");
    private final ApplicationUser customer = user("customer-9");
    private final ServiceTeam team = new ServiceTeam(permissions);

    TicketEventListenerTest() {
        when(permissions.hasPermission(eq(ServiceTeam.agentPermission()), any(Issue.class), eq(agent))).thenReturn(true);
    }

    @Test
    void aResolvedIssueBecomesTicketResolvedHandledOnTheWorkQueue() throws InterruptedException {
        CountDownLatch handled = new CountDownLatch(1);
        String[] thread = new String[1];
        try (TicketWorkQueue queue = new TicketWorkQueue(1, 10)) {
            TicketEventListener listener = new TicketEventListener(mock(EventPublisher.class),
                    new IssueEventTranslation(c -> true, team), queue, e -> {
                        received.add(e);
                        thread[0] = Thread.currentThread().getName();
                        handled.countDown();
                    });
            listener.onIssueEvent(event(EventType.ISSUE_RESOLVED_ID, null));
            assertThat(handled.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(received).containsExactly(new TicketResolved("HELP-7", AT));
        assertThat(thread[0]).startsWith("promise-keeper-work-");
    }

    @Test
    void agentRepliesCustomerRepliesAndInternalNotesAreToldApart() {
        IssueEventTranslation publicReplies = new IssueEventTranslation(c -> true, team);
        IssueEventTranslation internalNotes = new IssueEventTranslation(c -> false, team);
        Comment byAgent = comment(agent, "I'll call you back tomorrow");
        Comment byCustomer = comment(customer, "Any news?");

        assertThat(publicReplies.translate(event(EventType.ISSUE_COMMENTED_ID, byAgent))).contains(
                new PublicAgentComment("HELP-7", "agent-2", AT.plusSeconds(5), "I'll call you back tomorrow"));
        assertThat(publicReplies.translate(event(EventType.ISSUE_COMMENTED_ID, byCustomer))).isEmpty();
        assertThat(internalNotes.translate(event(EventType.ISSUE_COMMENTED_ID, byAgent))).contains(
                new InternalComment("HELP-7", "agent-2", AT.plusSeconds(5), "I'll call you back tomorrow"));
    }

    @Test
    void assignmentsCarryTheNewAssignee() {
        IssueEvent assigned = event(EventType.ISSUE_ASSIGNED_ID, null);
        when(assigned.getIssue().getAssigneeId()).thenReturn("agent-3");
        assertThat(new IssueEventTranslation(c -> true, team).translate(assigned))
                .contains(new AssigneeChanged("HELP-7", null, "agent-3", AT));
    }

    @Test
    void eventsThePromisesDoNotDependOnAreIgnoredOnJirasThreadWithoutQueueing() {
        IssueEventTranslation translation = new IssueEventTranslation(c -> true, team);
        assertThat(translation.isRelevant(event(EventType.ISSUE_UPDATED_ID, null))).isFalse();
        assertThat(translation.isRelevant(null)).isFalse();
        assertThat(translation.translate(event(EventType.ISSUE_GENERICEVENT_ID, null))).isEmpty();
        try (TicketWorkQueue queue = new TicketWorkQueue(1, 1)) {
            CountDownLatch block = new CountDownLatch(1);
            queue.submit(() -> awaitQuietly(block));
            TicketEventListener listener = new TicketEventListener(mock(EventPublisher.class), translation, queue, received::add);
            listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, null));
            assertThat(queue.queued()).isZero();
            block.countDown();
        }
    }

    @Test
    void anEditedTicketIsToldOnTheWorkQueueAndOtherEventsAreNot() throws InterruptedException {
        List<String> edited = new CopyOnWriteArrayList<>();
        CountDownLatch told = new CountDownLatch(1);
        try (TicketWorkQueue queue = new TicketWorkQueue(1, 10)) {
            TicketEventListener listener = new TicketEventListener(mock(EventPublisher.class),
                    new IssueEventTranslation(c -> true, team), queue, received::add, key -> {
                        edited.add(key + " on " + Thread.currentThread().getName());
                        told.countDown();
                    });
            listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, null));
            listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, null));
            assertThat(told.await(5, TimeUnit.SECONDS)).isTrue();
            listener.onIssueEvent(event(EventType.ISSUE_RESOLVED_ID, null));
        }
        assertThat(edited).singleElement().asString().startsWith("HELP-7 on promise-keeper-work-");
    }

    @Test
    void aFullQueueOrABrokenEventNeverThrowsIntoJirasThread() {
        try (TicketWorkQueue queue = new TicketWorkQueue(1, 1)) {
            CountDownLatch block = new CountDownLatch(1);
            queue.submit(() -> awaitQuietly(block));
            TicketEventListener listener = new TicketEventListener(mock(EventPublisher.class),
                    new IssueEventTranslation(c -> true, team), queue, received::add);
            for (int i = 0; i < 5; i++) {
                listener.onIssueEvent(event(EventType.ISSUE_RESOLVED_ID, null));
            }
            IssueEvent broken = mock(IssueEvent.class);
            when(broken.getEventTypeId()).thenThrow(new IllegalStateException("issue deleted"));
            listener.onIssueEvent(broken);
            assertThat(queue.rejectedCount()).isGreaterThanOrEqualTo(3);
            block.countDown();
        }
    }

    @Test
    void jsmDecidesWhetherACommentIsPublicAndNonServiceProjectCommentsAreNot() {
        ServiceDeskCommentService service = mock(ServiceDeskCommentService.class);
        ServiceDeskComment sdComment = mock(ServiceDeskComment.class);
        Comment publicReply = mock(Comment.class);
        Comment elsewhere = mock(Comment.class);
        when(service.getServiceDeskCommentByJiraComment(null, publicReply)).thenReturn(sdComment);
        when(sdComment.isPublic()).thenReturn(true);
        when(service.getServiceDeskCommentByJiraComment(null, elsewhere)).thenThrow(mock(ServiceDeskServiceException.class));
        JsmCommentVisibility visibility = new JsmCommentVisibility(service);
        assertThat(visibility.isVisibleToCustomer(publicReply)).isTrue();
        assertThat(visibility.isVisibleToCustomer(elsewhere)).isFalse();
    }

    @Test
    void registersWithTheEventBusOnStartAndLeavesOnStop() {
        EventPublisher publisher = mock(EventPublisher.class);
        try (TicketWorkQueue queue = new TicketWorkQueue(1, 1)) {
            TicketEventListener listener = new TicketEventListener(publisher, new IssueEventTranslation(c -> true, team),
                    queue, received::add);
            verify(publisher, never()).register(any());
            listener.start();
            verify(publisher).register(listener);
            listener.stop();
            verify(publisher).unregister(listener);
        }
    }

    private static Comment comment(ApplicationUser author, String body) {
        Comment comment = mock(Comment.class);
        when(comment.getBody()).thenReturn(body);
        when(comment.getAuthorApplicationUser()).thenReturn(author);
        when(comment.getCreated()).thenReturn(Date.from(AT.plusSeconds(5)));
        return comment;
    }

    private static IssueEvent event(Long type, Comment comment) {
        IssueEvent event = mock(IssueEvent.class);
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn("HELP-7");
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(type);
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
