package io.promisekeeper.core.backtest;

/**
 * What one policy setting did over the test tickets. {@code setting} is the fixed timer's h or the
 * forecaster's risk threshold.
 */
public record PolicyOutcome(double setting, int notices, int falseNotices, int breaches, int notifiedBreaches,
                            double leadHoursSum) {
    public double falsePerBreach() {
        return breaches == 0 ? 0 : falseNotices / (double) breaches;
    }

    public double recall() {
        return breaches == 0 ? 0 : notifiedBreaches / (double) breaches;
    }

    /** Sum of (due − notice) over breached tickets, 0 for those never notified, divided by breaches. */
    public double meanLeadHours() {
        return breaches == 0 ? 0 : leadHoursSum / breaches;
    }

    /** Tallies notices: {@code noticeCheck[i]} is the check at which ticket i was notified, or −1. */
    public static PolicyOutcome tally(double setting, java.util.List<io.promisekeeper.core.forecast.PromisedTicket> tickets,
                                      int[] noticeCheck) {
        int notices = 0;
        int falseNotices = 0;
        int breaches = 0;
        int notified = 0;
        double lead = 0;
        for (int i = 0; i < tickets.size(); i++) {
            var promise = tickets.get(i);
            boolean breached = promise.breached();
            int k = noticeCheck[i];
            if (breached) {
                breaches++;
            }
            if (k < 0) {
                continue;
            }
            notices++;
            if (breached) {
                notified++;
                lead += promise.leadHours(k);
            } else {
                falseNotices++;
            }
        }
        return new PolicyOutcome(setting, notices, falseNotices, breaches, notified, lead);
    }
}
