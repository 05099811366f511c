package io.promisekeeper.core.notice;

import java.util.ArrayList;
import java.util.List;

/**
 * What a round did, in counts.
 *
 * @param tickets tickets evaluated
 * @param failed notices whose sending threw, and team tasks that failed
 * @param lost unfinished notices the sweep turned into agent prompts
 * @param delights delight gestures suggested to agents
 * @param delightsSkipped delight gestures rules asked for but the limits or the catalogue did not allow
 * @param skipReasons why, for the first {@link #MAX_REASONS} skipped ones ("SD-1 personal-call: ...")
 */
public record RoundReport(int tickets, int sent, int drafted, int held, int dropped, int teamTasks, int failed,
                          int lost, int delights, int delightsSkipped, List<String> skipReasons) {
    /** Most skip reasons a report keeps: enough to see why, bounded for the job log. */
    public static final int MAX_REASONS = 20;

    public RoundReport {
        skipReasons = List.copyOf(skipReasons.size() > MAX_REASONS ? skipReasons.subList(0, MAX_REASONS)
                : skipReasons);
    }

    /** A report of notices only. */
    public RoundReport(int tickets, int sent, int drafted, int held, int dropped, int teamTasks, int failed,
                       int lost) {
        this(tickets, sent, drafted, held, dropped, teamTasks, failed, lost, 0, 0, List.of());
    }

    /** Nothing done. */
    public static RoundReport none() {
        return new RoundReport(0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Both reports added up. */
    public RoundReport plus(RoundReport o) {
        List<String> reasons = new ArrayList<>(skipReasons);
        reasons.addAll(o.skipReasons);
        return new RoundReport(tickets + o.tickets, sent + o.sent, drafted + o.drafted, held + o.held,
                dropped + o.dropped, teamTasks + o.teamTasks, failed + o.failed, lost + o.lost,
                delights + o.delights, delightsSkipped + o.delightsSkipped, reasons);
    }

    @Override
    public String toString() {
        String s = tickets + " tickets: " + sent + " sent, " + drafted + " drafted, " + held + " held, " + dropped
                + " dropped, " + teamTasks + " team tasks, " + failed + " failed, " + lost + " lost";
        if (delights + delightsSkipped == 0) {
            return s;
        }
        return s + ", " + delights + " delight suggested, " + delightsSkipped + " skipped"
                + (skipReasons.isEmpty() ? "" : " (" + String.join("; ", skipReasons) + ")");
    }
}
