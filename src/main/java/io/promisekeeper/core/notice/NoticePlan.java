package io.promisekeeper.core.notice;

import io.promisekeeper.core.delight.DelightCandidate;
import java.util.List;

/**
 * What to do on one ticket now. Notices in {@code toSend} and {@code toDraft}, and the team tasks, are already
 * claimed: the caller must carry them out (and no one else will). Held and dropped ones are not claimed: a later
 * evaluation decides again. Delight candidates are not claimed either: the round checks the limits and stores
 * them under unique keys.
 */
public record NoticePlan(List<DelayNotice> toSend, List<DelayNotice> toDraft, List<DelayNotice> held,
                         List<DroppedNotice> dropped, List<TeamTask> teamTasks, List<DelightCandidate> delights) {
    public NoticePlan {
        toSend = List.copyOf(toSend);
        toDraft = List.copyOf(toDraft);
        held = List.copyOf(held);
        dropped = List.copyOf(dropped);
        teamTasks = List.copyOf(teamTasks);
        delights = List.copyOf(delights);
    }

    /** A plan without delight suggestions. */
    public NoticePlan(List<DelayNotice> toSend, List<DelayNotice> toDraft, List<DelayNotice> held,
                      List<DroppedNotice> dropped, List<TeamTask> teamTasks) {
        this(toSend, toDraft, held, dropped, teamTasks, List.of());
    }

    /** Nothing to do. */
    public boolean isEmpty() {
        return toSend.isEmpty() && toDraft.isEmpty() && held.isEmpty() && dropped.isEmpty() && teamTasks.isEmpty()
                && delights.isEmpty();
    }
}
