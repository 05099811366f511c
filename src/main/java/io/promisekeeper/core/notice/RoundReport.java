package io.promisekeeper.core.notice;

/**
 * What a round did, in counts.
 *
 * @param tickets tickets evaluated
 * @param failed notices whose sending threw, and team tasks that failed
 * @param lost unfinished notices the sweep turned into agent prompts
 */
public record RoundReport(int tickets, int sent, int drafted, int held, int dropped, int teamTasks, int failed,
                          int lost) {

    /** Nothing done. */
    public static RoundReport none() {
        return new RoundReport(0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Both reports added up. */
    public RoundReport plus(RoundReport o) {
        return new RoundReport(tickets + o.tickets, sent + o.sent, drafted + o.drafted, held + o.held,
                dropped + o.dropped, teamTasks + o.teamTasks, failed + o.failed, lost + o.lost);
    }

    @Override
    public String toString() {
        return tickets + " tickets: " + sent + " sent, " + drafted + " drafted, " + held + " held, " + dropped
                + " dropped, " + teamTasks + " team tasks, " + failed + " failed, " + lost + " lost";
    }
}
