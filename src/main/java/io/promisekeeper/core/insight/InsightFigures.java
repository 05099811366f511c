package io.promisekeeper.core.insight;

import io.promisekeeper.core.notice.NoticeRecord;
import io.promisekeeper.core.notice.NoticeState;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseStatus;
import io.promisekeeper.core.rules.RuleFiring;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Computes an {@link InsightReport} from plain data: filters promises and gestures by period, project and component,
 * then counts. Pure: same data and filter, same figures.
 */
public final class InsightFigures {
    /** Satisfaction group of tickets with a broken promise. */
    public static final String BROKEN = "broken";
    /** Satisfaction group of tickets whose promises were kept, none broken. */
    public static final String KEPT = "kept";
    /** Satisfaction group of tickets whose customer had a proactive delay notice. */
    public static final String NOTIFIED = "notified";
    /** Satisfaction group of tickets whose customer had none. */
    public static final String NOT_NOTIFIED = "not notified";

    private static final List<PromiseStatus> OUTCOMES = List.of(PromiseStatus.KEPT, PromiseStatus.BROKEN,
            PromiseStatus.RENEGOTIATED);

    /** The figures of {@code data} that {@code filter} selects. */
    public InsightReport report(InsightFilter filter, InsightData data) {
        KeptRates rates = new KeptRates(filter.zone());
        List<Promise> inProjects = data.promises().stream()
                .filter(p -> filter.covers(p.madeAt()))
                .filter(p -> filter.projects().contains(InsightFilter.projectOf(p.ticketKey())))
                .toList();
        List<String> components = new ArrayList<>(new TreeSet<>(inProjects.stream()
                .map(p -> componentOf(p.ticketKey(), data.facts())).toList()));
        List<Promise> promises = inProjects.stream()
                .filter(p -> filter.component() == null
                        || filter.component().equals(componentOf(p.ticketKey(), data.facts())))
                .toList();
        Map<Long, List<Instant>> sent = sentNotices(promises, data.notices());
        return new InsightReport(filter, rates.report(promises, data.facts()), trend(rates, promises),
                coverage(promises, sent), leadTimes(promises, sent), gestures(filter, data.gestures()),
                satisfaction(promises, sent, data.facts()), unrated(promises, data.facts()), components);
    }

    private static String componentOf(String ticketKey, Map<String, TicketFacts> facts) {
        TicketFacts f = facts.get(ticketKey);
        return f == null || f.component() == null || f.component().isBlank() ? KeptRates.UNKNOWN : f.component();
    }

    /** When each promise's own delay notices were sent (not the apology after it broke), earliest first. */
    private static Map<Long, List<Instant>> sentNotices(List<Promise> promises, List<NoticeRecord> notices) {
        Map<String, Long> bySubject = new HashMap<>();
        promises.forEach(p -> bySubject.put(RuleFiring.promiseSubject(p), p.id()));
        Map<Long, List<Instant>> sent = new HashMap<>();
        for (NoticeRecord r : notices) {
            Long id = bySubject.get(r.notice().episode().subject());
            if (id != null && r.state() == NoticeState.SENT) {
                sent.computeIfAbsent(id, k -> new ArrayList<>()).add(r.updatedAt());
            }
        }
        sent.values().forEach(Collections::sort);
        return sent;
    }

    private static boolean notifiedBeforeDue(Promise p, Map<Long, List<Instant>> sent) {
        return sent.getOrDefault(p.id(), List.of()).stream().anyMatch(at -> at.isBefore(p.due()));
    }

    private static KeptTrend trend(KeptRates rates, List<Promise> promises) {
        Map<LocalDate, List<Promise>> byMonday = new TreeMap<>();
        for (Promise p : promises) {
            LocalDate monday = p.due().atZone(rates.zone()).toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            byMonday.computeIfAbsent(monday, k -> new ArrayList<>()).add(p);
        }
        List<WeekPoint> weeks = new ArrayList<>();
        if (!byMonday.isEmpty()) {
            LocalDate first = ((TreeMap<LocalDate, List<Promise>>) byMonday).firstKey();
            LocalDate last = ((TreeMap<LocalDate, List<Promise>>) byMonday).lastKey();
            for (LocalDate m = first; !m.isAfter(last); m = m.plusWeeks(1)) {
                String week = rates.weekOf(m.atStartOfDay(rates.zone()).plusHours(12).toInstant());
                weeks.add(new WeekPoint(week, m, KeptRates.count(week, byMonday.getOrDefault(m, List.of()))));
            }
        }
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            OptionalDouble rate = weeks.get(i).rate().keptRate();
            if (rate.isPresent()) {
                points.add(new double[] {i, rate.getAsDouble()});
            }
        }
        if (points.size() < 2) {
            return new KeptTrend(weeks, OptionalDouble.empty(), TrendDirection.UNKNOWN);
        }
        double meanX = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double meanY = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (double[] p : points) {
            sxy += (p[0] - meanX) * (p[1] - meanY);
            sxx += (p[0] - meanX) * (p[0] - meanX);
        }
        double change = sxy / sxx * (points.get(points.size() - 1)[0] - points.get(0)[0]);
        TrendDirection direction = change > KeptTrend.FLAT_BAND ? TrendDirection.UP
                : change < -KeptTrend.FLAT_BAND ? TrendDirection.DOWN : TrendDirection.FLAT;
        return new KeptTrend(weeks, OptionalDouble.of(change), direction);
    }

    private static List<NoticeCoverage> coverage(List<Promise> promises, Map<Long, List<Instant>> sent) {
        List<NoticeCoverage> rows = new ArrayList<>();
        for (PromiseStatus outcome : OUTCOMES) {
            int with = 0;
            int without = 0;
            for (Promise p : promises) {
                if (p.status() == outcome) {
                    if (notifiedBeforeDue(p, sent)) {
                        with++;
                    } else {
                        without++;
                    }
                }
            }
            rows.add(new NoticeCoverage(outcome.name(), with, without));
        }
        return rows;
    }

    private static LeadTimes leadTimes(List<Promise> promises, Map<Long, List<Instant>> sent) {
        List<Duration> leads = new ArrayList<>();
        for (Promise p : promises) {
            for (Instant at : sent.getOrDefault(p.id(), List.of())) {
                leads.add(Duration.between(at, p.due()));
            }
        }
        Collections.sort(leads);
        Map<LeadBucket, Integer> buckets = new EnumMap<>(LeadBucket.class);
        for (LeadBucket b : LeadBucket.values()) {
            buckets.put(b, 0);
        }
        leads.forEach(l -> buckets.merge(LeadBucket.of(l), 1, Integer::sum));
        return new LeadTimes(leads.size(), nearestRank(leads, 0.5), nearestRank(leads, 0.9), buckets);
    }

    /** The value at rank ceil(q × n) of the sorted values (1-based); empty for no values. */
    static <T> Optional<T> nearestRank(List<T> sorted, double q) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int rank = (int) Math.ceil(q * sorted.size());
        return Optional.of(sorted.get(Math.max(rank, 1) - 1));
    }

    private static GestureFigures gestures(InsightFilter filter, List<GestureFact> all) {
        List<GestureFact> facts = all.stream()
                .filter(g -> filter.covers(g.suggestedAt()))
                .filter(g -> filter.projects().contains(g.project()))
                .filter(g -> filter.component() == null || filter.component().equals(
                        g.component() == null || g.component().isBlank() ? KeptRates.UNKNOWN : g.component()))
                .toList();
        Map<String, List<GestureFact>> byGesture = new TreeMap<>();
        facts.forEach(g -> byGesture.computeIfAbsent(g.gestureId(), k -> new ArrayList<>()).add(g));
        List<GestureRow> rows = new ArrayList<>();
        byGesture.forEach((id, list) -> rows.add(row(id, list.get(0).gestureName(), list)));
        rows.sort(Comparator.comparing(GestureRow::name).thenComparing(GestureRow::gestureId));
        Map<String, Integer> reasons = new TreeMap<>();
        facts.stream().filter(g -> g.state() == GestureState.DISMISSED)
                .forEach(g -> reasons.merge(g.dismissReason() == null || g.dismissReason().isBlank()
                        ? KeptRates.UNKNOWN : g.dismissReason().strip(), 1, Integer::sum));
        List<Map.Entry<String, Integer>> reasonList = reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> Map.entry(e.getKey(), e.getValue()))
                .collect(Collectors.toList());
        List<Duration> toAct = facts.stream().filter(g -> g.actedAt() != null)
                .map(g -> Duration.between(g.suggestedAt(), g.actedAt())).sorted().toList();
        return new GestureFigures(row("all", "all", facts), rows, reasonList, nearestRank(toAct, 0.5));
    }

    private static GestureRow row(String id, String name, List<GestureFact> facts) {
        int done = 0;
        int dismissed = 0;
        int open = 0;
        BigDecimal cost = BigDecimal.ZERO;
        for (GestureFact g : facts) {
            switch (g.state()) {
                case DONE -> {
                    done++;
                    cost = cost.add(g.cost());
                }
                case DISMISSED -> dismissed++;
                case SUGGESTED -> open++;
            }
        }
        return new GestureRow(id, name, facts.size(), done, dismissed, open, cost);
    }

    private static List<SatisfactionRow> satisfaction(List<Promise> promises, Map<Long, List<Instant>> sent,
                                                      Map<String, TicketFacts> facts) {
        Map<String, List<Promise>> byTicket = new LinkedHashMap<>();
        promises.forEach(p -> byTicket.computeIfAbsent(p.ticketKey(), k -> new ArrayList<>()).add(p));
        Map<String, List<Integer>> ratings = new LinkedHashMap<>();
        for (String group : List.of(KEPT, BROKEN, NOTIFIED, NOT_NOTIFIED)) {
            ratings.put(group, new ArrayList<>());
        }
        byTicket.forEach((ticket, list) -> {
            TicketFacts f = facts.get(ticket);
            if (f == null || f.satisfaction() == null) {
                return;
            }
            int rating = f.satisfaction();
            boolean broken = list.stream().anyMatch(p -> p.status() == PromiseStatus.BROKEN);
            boolean kept = list.stream().anyMatch(p -> p.status() == PromiseStatus.KEPT);
            if (broken) {
                ratings.get(BROKEN).add(rating);
            } else if (kept) {
                ratings.get(KEPT).add(rating);
            }
            boolean notified = list.stream().anyMatch(p -> notifiedBeforeDue(p, sent));
            ratings.get(notified ? NOTIFIED : NOT_NOTIFIED).add(rating);
        });
        List<SatisfactionRow> rows = new ArrayList<>();
        ratings.forEach((group, list) -> {
            List<Integer> counts = new ArrayList<>(List.of(0, 0, 0, 0, 0));
            list.forEach(r -> counts.set(r - 1, counts.get(r - 1) + 1));
            OptionalDouble average = list.stream().mapToInt(Integer::intValue).average();
            rows.add(new SatisfactionRow(group, list.size(), average, counts));
        });
        return rows;
    }

    private static int unrated(List<Promise> promises, Map<String, TicketFacts> facts) {
        Set<String> tickets = new TreeSet<>();
        promises.forEach(p -> tickets.add(p.ticketKey()));
        return (int) tickets.stream().filter(t -> facts.get(t) == null || facts.get(t).satisfaction() == null).count();
    }
}
