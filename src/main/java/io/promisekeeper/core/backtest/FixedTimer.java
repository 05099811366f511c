package io.promisekeeper.core.backtest;

import io.promisekeeper.core.forecast.PromisedTicket;

import java.util.List;

/** The baseline: notify when only h·T of the promise horizon T is left (JSM's "SLA will breach within"). */
public final class FixedTimer {
    /** The protocol's settings of h. */
    public static final double[] SETTINGS = {0.05, 0.10, 0.20, 0.30, 0.50};

    private FixedTimer() {
    }

    /** The check at which h·T remains: k = 20·(1 − h). */
    public static int check(double h) {
        return (int) Math.round(PromisedTicket.CHECKS * (1 - h));
    }

    /** Notice checks per ticket: the timer's check if the ticket is still open then, else none. */
    public static int[] notices(double h, List<PromisedTicket> tickets) {
        int k = check(h);
        int[] out = new int[tickets.size()];
        for (int i = 0; i < out.length; i++) {
            PromisedTicket promise = tickets.get(i);
            out[i] = promise.checkTime(k) < promise.ticket().resolved() ? k : -1;
        }
        return out;
    }

    public static PolicyOutcome outcome(double h, List<PromisedTicket> tickets) {
        return PolicyOutcome.tally(h, tickets, notices(h, tickets));
    }
}
