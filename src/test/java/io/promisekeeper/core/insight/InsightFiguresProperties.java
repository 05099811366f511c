package io.promisekeeper.core.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.notice.NoticeRecord;
import io.promisekeeper.core.notice.NoticeState;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Totals add up, whatever the desk: every promise and gesture is counted once, in exactly one place. */
class InsightFiguresProperties {
    private static final List<String> COMPONENTS = List.of("Workplace", "Network", "");

    record Row(int ticket, PromiseStatus status, int dueHours, int component, int rating, int noticeHours,
               NoticeState noticeState, GestureState gesture, int cost) {
    }

    @Provide
    Arbitrary<List<Row>> desks() {
        Arbitrary<Row> row = Combinators.combine(
                Arbitraries.integers().between(1, 8),
                Arbitraries.of(PromiseStatus.class),
                Arbitraries.integers().between(1, 20 * 24),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(-48, 200),
                Arbitraries.of(NoticeState.class),
                Arbitraries.of(GestureState.class)).as((t, s, d, component, rating, n, ns, g) ->
                new Row(t, s, d, component, rating, n, ns, g, 0))
                .flatMap(r -> Arbitraries.integers().between(0, 50).map(c -> new Row(r.ticket(), r.status(),
                        r.dueHours(), r.component(), r.rating(), r.noticeHours(), r.noticeState(), r.gesture(), c)));
        return row.list().ofMaxSize(30);
    }

    @Property(tries = 300)
    void everyPromiseAndGestureIsCountedOnce(@ForAll("desks") List<Row> rows) {
        List<Promise> promises = new ArrayList<>();
        Map<String, TicketFacts> facts = new HashMap<>();
        List<NoticeRecord> notices = new ArrayList<>();
        List<GestureFact> gestures = new ArrayList<>();
        Instant start = Instant.parse("2026-03-02T08:00:00Z");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String ticket = "HELP-" + r.ticket();
            Instant due = start.plusSeconds(r.dueHours() * 3600L);
            promises.add(InsightSample.promise(i + 1, ticket, "agent" + (i % 3), PromiseKind.CALLBACK,
                    InsightSample.MADE, due.toString(), r.status()));
            facts.putIfAbsent(ticket, new TicketFacts(ticket, COMPONENTS.get(r.component()), "Type",
                    r.rating() == 0 ? null : r.rating()));
            notices.add(InsightSample.notice(i + 1, ticket, "promise:" + (i + 1), r.noticeState(),
                    due.minusSeconds(r.noticeHours() * 3600L).toString()));
            Instant suggested = start.plusSeconds(r.dueHours() * 60L);
            gestures.add(new GestureFact(ticket, "HELP", facts.get(ticket).component(), "agent", "g" + (i % 4), null,
                    r.gesture(), r.gesture() == GestureState.DISMISSED ? "reason" + (i % 2) : null,
                    BigDecimal.valueOf(r.cost()), suggested,
                    r.gesture() == GestureState.SUGGESTED ? null : suggested.plusSeconds(600)));
        }
        InsightData data = new InsightData(promises, facts, notices, gestures);
        InsightReport all = new InsightFigures().report(InsightSample.help(null), data);

        KeptRate overall = all.keptRates().overall();
        assertThat(overall.settled() + overall.open() + overall.cancelled()).isEqualTo(rows.size());
        for (Grouping g : Grouping.values()) {
            List<KeptRate> groups = all.keptRates().by(g);
            assertThat(groups.stream().mapToInt(KeptRate::kept).sum()).as(g.name()).isEqualTo(overall.kept());
            assertThat(groups.stream().mapToInt(KeptRate::broken).sum()).as(g.name()).isEqualTo(overall.broken());
        }
        assertThat(all.trend().weeks().stream().mapToInt(w -> w.rate().settled()).sum()).isEqualTo(overall.settled());
        assertThat(all.coverage().stream().mapToInt(NoticeCoverage::total).sum()).isEqualTo(overall.settled());
        assertThat(all.leadTimes().buckets().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(all.leadTimes().count());
        GestureRow total = all.gestures().total();
        assertThat(total.done() + total.dismissed() + total.open()).isEqualTo(total.suggested());
        assertThat(all.gestures().byGesture().stream().mapToInt(GestureRow::suggested).sum()).isEqualTo(total.suggested());
        assertThat(all.gestures().dismissReasons().stream().mapToInt(Map.Entry::getValue).sum())
                .isEqualTo(total.dismissed());
        assertThat(all.satisfaction().get(2).rated() + all.satisfaction().get(3).rated())
                .as("every rated ticket is notified or not").isEqualTo(
                        (int) facts.values().stream().filter(f -> f.satisfaction() != null).count());

        // The components split the whole: their figures add up to the unfiltered ones.
        int kept = 0;
        int suggested = 0;
        int leads = 0;
        for (String component : all.components()) {
            InsightReport one = new InsightFigures().report(InsightSample.help(component), data);
            kept += one.keptRates().overall().kept();
            suggested += one.gestures().total().suggested();
            leads += one.leadTimes().count();
        }
        assertThat(kept).isEqualTo(overall.kept());
        assertThat(leads).isEqualTo(all.leadTimes().count());
        if (!rows.isEmpty()) {
            assertThat(suggested).isEqualTo(total.suggested());
        }
    }
}
