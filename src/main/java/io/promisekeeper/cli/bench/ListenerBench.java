package io.promisekeeper.cli.bench;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.promisekeeper.core.activity.TicketEvent;
import io.promisekeeper.jira.event.IssueEventTranslation;
import io.promisekeeper.jira.event.ServiceTeam;
import io.promisekeeper.jira.event.TicketEventListener;
import io.promisekeeper.jira.event.TicketWorkQueue;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The cost of an issue event on Jira's own thread: the listener as wired in the plugin (type filter, hand-off
 * to the bounded work queue with its two worker threads consuming in parallel), one event at a time.
 */
public final class ListenerBench {
    private final int warmup;
    private final int events;

    public ListenerBench(int warmup, int events) {
        this.warmup = warmup;
        this.events = events;
    }

    /** Times each call of the listener; a mix of events the app acts on and events it ignores. */
    public Timings run() {
        LongAdder handled = new LongAdder();
        try (TicketWorkQueue queue = new TicketWorkQueue(2, 10_000)) {
            IssueEventTranslation translation = new IssueEventTranslation(comment -> true,
                    new ServiceTeam(new EveryoneAnAgent()));
            TicketEventListener listener = new TicketEventListener(new NoBus(), translation, queue,
                    (TicketEvent e) -> handled.increment());
            IssueEvent[] mix = new IssueEvent[16];
            for (int i = 0; i < mix.length; i++) {
                Long type = switch (i % 4) {
                    case 0 -> EventType.ISSUE_RESOLVED_ID;
                    case 1 -> EventType.ISSUE_ASSIGNED_ID;
                    case 2 -> EventType.ISSUE_UPDATED_ID;
                    default -> EventType.ISSUE_COMMENTED_ID;
                };
                mix[i] = new IssueEvent(new BenchIssue("HELP-" + (i + 1)), Map.of(), new io.promisekeeper.cli.preview.PreviewUser("agent-" + i, "Agent " + i, true, true, true, "agent"), type);
            }
            for (int i = 0; i < warmup; i++) {
                listener.onIssueEvent(mix[i & 15]);
                pace(queue);
            }
            long[] nanos = new long[events];
            for (int i = 0; i < events; i++) {
                IssueEvent event = mix[i & 15];
                long start = System.nanoTime();
                listener.onIssueEvent(event);
                nanos[i] = System.nanoTime() - start;
                pace(queue);
            }
            return new Timings("issue event on Jira's thread", nanos);
        }
    }

    /** Real events arrive far apart; keep the queue from filling so the hand-off, not the rejection, is timed. */
    private static void pace(TicketWorkQueue queue) {
        while (queue.queued() > 1_000) {
            Thread.onSpinWait();
        }
    }

    private record BenchIssue(String key) implements Issue {
        @Override
        public Long getId() {
            return 1L;
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public String getAssigneeId() {
            return "agent-1";
        }

        @Override
        public java.util.Collection<com.atlassian.jira.bc.project.component.ProjectComponent> getComponents() {
            return java.util.List.of();
        }
    }

    private static final class EveryoneAnAgent implements com.atlassian.jira.security.PermissionManager {
        @Override
        public boolean hasPermission(com.atlassian.jira.security.plugin.ProjectPermissionKey key, Issue issue,
                                     ApplicationUser user) {
            return true;
        }

        @Override
        public boolean hasPermission(com.atlassian.jira.security.plugin.ProjectPermissionKey key,
                                     com.atlassian.jira.project.Project project, ApplicationUser user) {
            return true;
        }
    }

    private static final class NoBus implements com.atlassian.event.api.EventPublisher {
        @Override
        public void publish(Object event) {
            // The benchmark calls the listener directly.
        }

        @Override
        public void register(Object listener) {
            // Nothing to register with outside Jira.
        }

        @Override
        public void unregister(Object listener) {
            // Nothing to leave outside Jira.
        }
    }
}
