package io.promisekeeper.core.notice;

import java.util.List;

/**
 * What to do on one ticket now. Notices in {@code toSend} and {@code toDraft}, and the team tasks, are already
 * claimed: the caller must carry them out (and no one else will). Held and dropped ones are not claimed: a later
 * evaluation decides again.
 */
public record NoticePlan(List<DelayNotice> toSend, List<DelayNotice> toDraft, List<DelayNotice> held,
                         List<DroppedNotice> dropped, List<TeamTask> teamTasks) {
    public NoticePlan {
        toSend = List.copyOf(toSend);
        toDraft = List.copyOf(toDraft);
        held = List.copyOf(held);
        dropped = List.copyOf(dropped);
        teamTasks = List.copyOf(teamTasks);
    }

    /** Nothing to do. */
    public boolean isEmpty() {
        return toSend.isEmpty() && toDraft.isEmpty() && held.isEmpty() && dropped.isEmpty() && teamTasks.isEmpty();
    }
}
