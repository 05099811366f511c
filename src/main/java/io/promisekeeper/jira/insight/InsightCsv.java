package io.promisekeeper.jira.insight;

import io.promisekeeper.core.insight.GestureRow;
import io.promisekeeper.core.insight.Grouping;
import io.promisekeeper.core.insight.InsightReport;
import io.promisekeeper.core.insight.KeptRate;
import io.promisekeeper.core.insight.LeadBucket;
import io.promisekeeper.core.insight.NoticeCoverage;
import io.promisekeeper.core.insight.SatisfactionRow;
import io.promisekeeper.core.insight.WeekPoint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;

/**
 * An insight report as one CSV table in long form — section, grouping, group, measure, value — so that every
 * figure of the page fits one header and any spreadsheet can pivot it.
 */
public final class InsightCsv {
    /** The header record. */
    static final String[] HEADER = {"section", "grouping", "group", "measure", "value"};

    private InsightCsv() {
    }

    /** The report as CSV; {@code agentName} turns an agent's user key into the name shown. */
    public static String write(InsightReport r, UnaryOperator<String> agentName) {
        CsvTable csv = new CsvTable().row((Object[]) HEADER);
        csv.row("filter", "", "", "from", r.filter().from().toString());
        csv.row("filter", "", "", "to", r.filter().to().toString());
        csv.row("filter", "", "", "projects", String.join(" ", r.filter().projects()));
        csv.row("filter", "", "", "component", r.filter().component() == null ? "" : r.filter().component());
        rate(csv, "all", "all", r.keptRates().overall());
        for (Grouping g : Grouping.values()) {
            for (KeptRate k : r.keptRates().by(g)) {
                rate(csv, g.name(), g == Grouping.AGENT ? agentName.apply(k.group()) : k.group(), k);
            }
        }
        for (WeekPoint w : r.trend().weeks()) {
            csv.row("trend", "WEEK", w.week(), "keptRate", share(w.rate().keptRate()));
        }
        csv.row("trend", "", "", "change", share(r.trend().change()));
        csv.row("trend", "", "", "direction", r.trend().direction().name());
        for (NoticeCoverage c : r.coverage()) {
            csv.row("notices", "OUTCOME", c.outcome(), "withNotice", c.withNotice());
            csv.row("notices", "OUTCOME", c.outcome(), "withoutNotice", c.withoutNotice());
        }
        csv.row("leadTimes", "", "", "count", r.leadTimes().count());
        csv.row("leadTimes", "", "", "medianMinutes", r.leadTimes().median().map(d -> (Object) d.toMinutes()).orElse(null));
        csv.row("leadTimes", "", "", "p90Minutes", r.leadTimes().p90().map(d -> (Object) d.toMinutes()).orElse(null));
        for (LeadBucket b : LeadBucket.values()) {
            csv.row("leadTimes", "BUCKET", b.name(), "notices", r.leadTimes().buckets().getOrDefault(b, 0));
        }
        gesture(csv, "all", r.gestures().total());
        for (GestureRow g : r.gestures().byGesture()) {
            gesture(csv, g.name(), g);
        }
        for (Map.Entry<String, Integer> reason : r.gestures().dismissReasons()) {
            csv.row("gestures", "DISMISS_REASON", reason.getKey(), "dismissed", reason.getValue());
        }
        csv.row("gestures", "", "", "medianMinutesToAct",
                r.gestures().medianTimeToAct().map(d -> (Object) d.toMinutes()).orElse(null));
        for (SatisfactionRow s : r.satisfaction()) {
            csv.row("satisfaction", "TICKETS", s.group(), "rated", s.rated());
            csv.row("satisfaction", "TICKETS", s.group(), "average", s.average().isPresent()
                    ? BigDecimal.valueOf(s.average().getAsDouble()).setScale(2, RoundingMode.HALF_UP) : null);
        }
        csv.row("satisfaction", "", "", "unratedTickets", r.unratedTickets());
        return csv.text();
    }

    private static void rate(CsvTable csv, String grouping, String group, KeptRate k) {
        csv.row("keptRate", grouping, group, "kept", k.kept());
        csv.row("keptRate", grouping, group, "broken", k.broken());
        csv.row("keptRate", grouping, group, "renegotiated", k.renegotiated());
        csv.row("keptRate", grouping, group, "open", k.open());
        csv.row("keptRate", grouping, group, "cancelled", k.cancelled());
        csv.row("keptRate", grouping, group, "keptRate", share(k.keptRate()));
    }

    private static void gesture(CsvTable csv, String group, GestureRow g) {
        csv.row("gestures", "GESTURE", group, "suggested", g.suggested());
        csv.row("gestures", "GESTURE", group, "done", g.done());
        csv.row("gestures", "GESTURE", group, "dismissed", g.dismissed());
        csv.row("gestures", "GESTURE", group, "open", g.open());
        csv.row("gestures", "GESTURE", group, "cost", g.cost());
    }

    private static BigDecimal share(OptionalDouble value) {
        return value.isPresent() ? BigDecimal.valueOf(value.getAsDouble()).setScale(4, RoundingMode.HALF_UP) : null;
    }
}
