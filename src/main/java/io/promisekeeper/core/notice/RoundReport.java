package io.promisekeeper.core.notice;

import io.promisekeeper.core.MessageKey;
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
 * @param skipReasons why, for the first {@link #MAX_REASONS} skipped ones ("SD-1 personal-call: ..."), in English
 * @param skipWords the same reasons as messages, for the reader's language
 */
public record RoundReport(int tickets, int sent, int drafted, int held, int dropped, int teamTasks, int failed,
                          int lost, int delights, int delightsSkipped, List<String> skipReasons,
                          List<MessageKey> skipWords) {
    /** Most skip reasons a report keeps: enough to see why, bounded for the job log. */
    public static final int MAX_REASONS = 20;

    public RoundReport {
        skipReasons = List.copyOf(skipReasons.size() > MAX_REASONS ? skipReasons.subList(0, MAX_REASONS)
                : skipReasons);
        skipWords = List.copyOf(skipWords.size() > MAX_REASONS ? skipWords.subList(0, MAX_REASONS) : skipWords);
    }

    /** A report whose skip reasons are in English only. */
    public RoundReport(int tickets, int sent, int drafted, int held, int dropped, int teamTasks, int failed,
                       int lost, int delights, int delightsSkipped, List<String> skipReasons) {
        this(tickets, sent, drafted, held, dropped, teamTasks, failed, lost, delights, delightsSkipped, skipReasons,
                skipReasons.stream().map(r -> MessageKey.of("round.skippedText", r)).toList());
    }

    /** A report of notices only. */
    public RoundReport(int tickets, int sent, int drafted, int held, int dropped, int teamTasks, int failed,
                       int lost) {
        this(tickets, sent, drafted, held, dropped, teamTasks, failed, lost, 0, 0, List.of(), List.of());
    }

    /** Nothing done. */
    public static RoundReport none() {
        return new RoundReport(0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Both reports added up. */
    public RoundReport plus(RoundReport o) {
        List<String> reasons = new ArrayList<>(skipReasons);
        reasons.addAll(o.skipReasons);
        List<MessageKey> words = new ArrayList<>(skipWords);
        words.addAll(o.skipWords);
        return new RoundReport(tickets + o.tickets, sent + o.sent, drafted + o.drafted, held + o.held,
                dropped + o.dropped, teamTasks + o.teamTasks, failed + o.failed, lost + o.lost,
                delights + o.delights, delightsSkipped + o.delightsSkipped, reasons, words);
    }

    /** The report as a message for the reader's language; {@link #toString()} is the same in English. */
    public MessageKey message() {
        MessageKey counts = MessageKey.of("round.report", tickets, sent, drafted, held, dropped, teamTasks, failed,
                lost);
        if (delights + delightsSkipped == 0) {
            return counts;
        }
        MessageKey delight = MessageKey.of("round.delight", delights, delightsSkipped);
        if (skipWords.isEmpty()) {
            return MessageKey.of("round.reportDelight", counts, delight);
        }
        return MessageKey.of("round.reportDelightSkipped", counts, delight,
                new MessageKey("round.skipped.list", List.copyOf(skipWords)));
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
