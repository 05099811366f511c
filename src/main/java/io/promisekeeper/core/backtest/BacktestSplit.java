package io.promisekeeper.core.backtest;

import io.promisekeeper.core.forecast.PromisedTicket;
import io.promisekeeper.core.forecast.TicketHistory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The tickets of a backtest divided into train and test, each with its promise: due at opened + the
 * segment's target, the nearest-rank 80th percentile of training resolution times.
 */
public record BacktestSplit(List<PromisedTicket> train, List<PromisedTicket> test, Map<String, Long> targets,
                            LeftOut leftOut) {
    /** Segment name used when the log has no segment column. */
    public static final String ONE_SEGMENT = "all";
    /** Segments with fewer training tickets than this are left out of train and test. */
    public static final int MIN_SEGMENT_TRAINING = 20;

    /** Why tickets took no part. */
    public record LeftOut(int neverResolved, int resolvedBeforeOpened, int smallSegment) {
        public int total() {
            return neverResolved + resolvedBeforeOpened + smallSegment;
        }
    }

    public BacktestSplit {
        train = List.copyOf(train);
        test = List.copyOf(test);
        targets = java.util.Collections.unmodifiableMap(new TreeMap<>(targets));
    }

    /** Applies the protocol to the tickets of a log (in order of first appearance). */
    public static BacktestSplit of(List<TicketHistory> tickets, SplitMode mode) {
        int neverResolved = 0;
        int resolvedBeforeOpened = 0;
        List<TicketHistory> usable = new ArrayList<>();
        for (TicketHistory ticket : tickets) {
            if (!ticket.isResolved()) {
                neverResolved++;
            } else if (ticket.resolved() < ticket.opened()) {
                resolvedBeforeOpened++;
            } else {
                usable.add(ticket);
            }
        }
        List<TicketHistory> train = new ArrayList<>();
        List<TicketHistory> test = new ArrayList<>();
        if (mode == SplitMode.TIME) {
            List<TicketHistory> sorted = new ArrayList<>(usable);
            sorted.sort(Comparator.comparingLong(TicketHistory::opened).thenComparingInt(TicketHistory::arrival));
            // Integer arithmetic keeps floor(0.6·n) exact.
            int trainCount = (int) (sorted.size() * 6L / 10);
            train.addAll(sorted.subList(0, trainCount));
            test.addAll(sorted.subList(trainCount, sorted.size()));
        } else {
            for (TicketHistory ticket : usable) {
                (inTestByCase(ticket.caseId()) ? test : train).add(ticket);
            }
            // Training order matters to the forecaster (latest tickets calibrate), so keep time order.
            Comparator<TicketHistory> byOpened =
                    Comparator.comparingLong(TicketHistory::opened).thenComparingInt(TicketHistory::arrival);
            train.sort(byOpened);
            test.sort(byOpened);
        }
        Map<String, List<Long>> durations = new HashMap<>();
        for (TicketHistory ticket : train) {
            durations.computeIfAbsent(segmentOf(ticket), s -> new ArrayList<>()).add(ticket.resolved() - ticket.opened());
        }
        Map<String, Long> targets = new HashMap<>();
        durations.forEach((segment, list) -> {
            if (list.size() >= MIN_SEGMENT_TRAINING) {
                targets.put(segment, nearestRank80(list));
            }
        });
        int smallSegment = 0;
        List<PromisedTicket> promisedTrain = new ArrayList<>();
        List<PromisedTicket> promisedTest = new ArrayList<>();
        for (TicketHistory ticket : train) {
            Long target = targets.get(segmentOf(ticket));
            if (target == null) {
                smallSegment++;
            } else {
                promisedTrain.add(new PromisedTicket(ticket, target));
            }
        }
        for (TicketHistory ticket : test) {
            Long target = targets.get(segmentOf(ticket));
            if (target == null) {
                smallSegment++;
            } else {
                promisedTest.add(new PromisedTicket(ticket, target));
            }
        }
        return new BacktestSplit(promisedTrain, promisedTest, targets,
                new LeftOut(neverResolved, resolvedBeforeOpened, smallSegment));
    }

    /** The case split: test when CRC32 of the UTF-8 case id, mod 10, is 6 or more. */
    public static boolean inTestByCase(String caseId) {
        CRC32 crc = new CRC32();
        crc.update(caseId.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 10 >= 6;
    }

    /** Sorted ascending, the value at index floor(0.8·n). */
    public static long nearestRank80(List<Long> durations) {
        List<Long> sorted = new ArrayList<>(durations);
        sorted.sort(null);
        return sorted.get((int) (sorted.size() * 8L / 10));
    }

    public static String segmentOf(TicketHistory ticket) {
        return ticket.segment() == null ? ONE_SEGMENT : ticket.segment();
    }

    public int breaches() {
        int count = 0;
        for (PromisedTicket promise : test) {
            if (promise.breached()) {
                count++;
            }
        }
        return count;
    }
}
