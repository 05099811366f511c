package io.promisekeeper.jira.insight;

import static io.promisekeeper.jira.web.Html.escape;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.promisekeeper.core.insight.GestureRow;
import io.promisekeeper.core.insight.Grouping;
import io.promisekeeper.core.insight.InsightFigures;
import io.promisekeeper.core.insight.InsightReport;
import io.promisekeeper.core.insight.KeptRate;
import io.promisekeeper.core.insight.LeadBucket;
import io.promisekeeper.core.insight.NoticeCoverage;
import io.promisekeeper.core.insight.SatisfactionRow;
import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.jira.access.InsightViewer;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;

/**
 * The insight page's markup: filters, SVG charts and tables of one report, every user text (agent, component, request
 * type, project names, dismiss reasons) escaped here. Shared by the servlet in Jira and by the preview server.
 */
public class InsightPage {
    public static final String TEMPLATE = "templates/insight/insight-page.vm";
    /** The servlet path of the pages below the context path: {@code /project/KEY} or {@code /all}. */
    public static final String PAGE_PATH = "/plugins/servlet/promise-keeper/insight";
    /** Where the insight REST resource lives, below the context path. */
    public static final String REST_PATH = "/rest/promise-keeper/1.0/insight";

    private static final Map<Grouping, String> GROUPING_KEYS = Map.of(
            Grouping.AGENT, "promise-keeper.insight.by.agent",
            Grouping.COMPONENT, "promise-keeper.insight.by.component",
            Grouping.REQUEST_TYPE, "promise-keeper.insight.by.requesttype",
            Grouping.KIND, "promise-keeper.insight.by.kind",
            Grouping.WEEK, "promise-keeper.insight.by.week");
    private static final Map<LeadBucket, String> BUCKET_KEYS = Map.of(
            LeadBucket.LATE, "promise-keeper.insight.lead.late",
            LeadBucket.UNDER_1H, "promise-keeper.insight.lead.under1h",
            LeadBucket.FROM_1H_TO_4H, "promise-keeper.insight.lead.1hto4h",
            LeadBucket.FROM_4H_TO_1D, "promise-keeper.insight.lead.4hto1d",
            LeadBucket.FROM_1D_TO_3D, "promise-keeper.insight.lead.1dto3d",
            LeadBucket.OVER_3D, "promise-keeper.insight.lead.over3d");
    private static final Map<String, String> OUTCOME_KEYS = Map.of(
            "KEPT", "promise-keeper.insight.outcome.kept",
            "BROKEN", "promise-keeper.insight.outcome.broken",
            "RENEGOTIATED", "promise-keeper.insight.outcome.renegotiated");
    private static final Map<String, String> SATISFACTION_KEYS = Map.of(
            InsightFigures.KEPT, "promise-keeper.insight.satisfaction.kept",
            InsightFigures.BROKEN, "promise-keeper.insight.satisfaction.broken",
            InsightFigures.NOTIFIED, "promise-keeper.insight.satisfaction.notified",
            InsightFigures.NOT_NOTIFIED, "promise-keeper.insight.satisfaction.notnotified");

    private final I18nResolver i18n;
    private final TemplateRenderer renderer;

    public InsightPage(I18nResolver i18n, TemplateRenderer renderer) {
        this.i18n = i18n;
        this.renderer = renderer;
    }

    /** What the page is about: one project (its key) or all projects (null), and the settings for administrators. */
    public record Scope(String projectKey, List<String> leadGroups, long settingsVersion) {
    }

    /**
     * The template context for {@code viewer}: the filter as asked ({@code from}, {@code to}, {@code component},
     * {@code project} are the raw parameters), its errors, or the report's figures.
     */
    public Map<String, Object> context(InsightViewer viewer, Scope scope, Map<String, String> params,
                                       InsightRequest request, InsightReport report, UnaryOperator<String> agentName,
                                       String contextPath) {
        Locale locale = viewer.locale();
        String base = contextPath == null ? "" : contextPath;
        boolean all = scope.projectKey() == null;
        Map<String, Object> c = new HashMap<>();
        c.put("scope", all ? "all" : "project");
        c.put("text", io.promisekeeper.jira.panel.TemplateTexts.of("promise-keeper.insight.", i18n, locale));
        // Lets Jira's general decorator show the project's sidebar around the project page.
        c.put("projectKeyHtml", escape(all ? "" : scope.projectKey()));
        c.put("titleHtml", escape(all ? t(locale, "promise-keeper.insight.title.all")
                : t(locale, "promise-keeper.insight.title.project", viewer.projects().getOrDefault(scope.projectKey(),
                scope.projectKey()))));
        c.put("actionHtml", escape(base + PAGE_PATH + (all ? "/all" : "/project/" + url(scope.projectKey()))));
        c.put("fromHtml", escape(report == null ? value(params, "from") : report.filter().from().toString()));
        c.put("toHtml", escape(report == null ? value(params, "to") : report.filter().to().toString()));
        List<Map<String, Object>> projects = new ArrayList<>();
        if (all) {
            projects.add(option("", t(locale, "promise-keeper.insight.filter.allprojects"), value(params, "project")));
            viewer.projects().forEach((key, name) -> projects.add(option(key, key + " \u2013 " + name,
                    value(params, "project"))));
        }
        c.put("projectOptions", projects);
        List<Map<String, Object>> components = new ArrayList<>();
        String chosen = value(params, "component");
        components.add(option("", t(locale, "promise-keeper.insight.filter.allcomponents"), chosen));
        if (report != null) {
            report.components().forEach(component -> components.add(option(component, component, chosen)));
            String asked = report.filter().component();
            if (asked != null && !report.components().contains(asked)) {
                components.add(option(asked, asked, chosen));
            }
        }
        c.put("componentOptions", components);
        List<String> errors = new ArrayList<>();
        for (FieldError e : request.errors()) {
            errors.add(escape(e.field() + ": " + e.message()));
        }
        c.put("errorsHtml", errors);
        c.put("hasReport", report != null);
        Map<String, String> query = new LinkedHashMap<>();
        if (!all) {
            query.put("project", scope.projectKey());
        } else if (!value(params, "project").isBlank()) {
            query.put("project", value(params, "project"));
        }
        if (report != null) {
            query.put("from", report.filter().from().toString());
            query.put("to", report.filter().to().toString());
            if (report.filter().component() != null) {
                query.put("component", report.filter().component());
            }
        }
        c.put("csvUrlHtml", escape(base + REST_PATH + "/figures.csv" + queryString(query)));
        c.put("settingsUrlHtml", escape(base + REST_PATH + "/settings"));
        c.put("leadGroupsHtml", escape(String.join(", ", scope.leadGroups())));
        c.put("settingsVersion", scope.settingsVersion());
        c.put("administrator", viewer.administrator());
        if (report == null) {
            for (String key : List.of("summaryHtml", "trendHtml", "groupsHtml", "noticesHtml", "leadHtml",
                    "gesturesHtml", "satisfactionHtml")) {
                c.put(key, "");
            }
            return c;
        }
        c.put("summaryHtml", summary(locale, report));
        c.put("trendHtml", InsightCharts.trend(t(locale, "promise-keeper.insight.trend"), report.trend().weeks()));
        c.put("groupsHtml", groups(locale, report, agentName));
        c.put("noticesHtml", notices(locale, report));
        c.put("leadHtml", lead(locale, report));
        c.put("gesturesHtml", gestures(locale, report));
        c.put("satisfactionHtml", satisfaction(locale, report));
        return c;
    }

    /** Renders the page with {@code context} (from {@link #context}, plus anything the caller adds). */
    public void render(Map<String, Object> context, Writer out) throws IOException {
        renderer.render(TEMPLATE, context, out);
    }

    private String summary(Locale locale, InsightReport r) {
        KeptRate all = r.keptRates().overall();
        StringBuilder h = new StringBuilder("<dl class=\"pk-insight-summary\">");
        item(h, "pk-insight-kept", t(locale, "promise-keeper.insight.kept"), String.valueOf(all.kept()));
        item(h, "pk-insight-broken", t(locale, "promise-keeper.insight.broken"), String.valueOf(all.broken()));
        item(h, "pk-insight-renegotiated", t(locale, "promise-keeper.insight.renegotiated"),
                String.valueOf(all.renegotiated()));
        item(h, "pk-insight-open", t(locale, "promise-keeper.insight.open"), String.valueOf(all.open()));
        item(h, "pk-insight-rate", t(locale, "promise-keeper.insight.keptrate"), rate(all.keptRate()));
        String direction = switch (r.trend().direction()) {
            case UP -> t(locale, "promise-keeper.insight.trend.up");
            case DOWN -> t(locale, "promise-keeper.insight.trend.down");
            case FLAT -> t(locale, "promise-keeper.insight.trend.flat");
            case UNKNOWN -> t(locale, "promise-keeper.insight.trend.unknown");
        };
        String change = r.trend().change().isPresent()
                ? " (" + (r.trend().change().getAsDouble() >= 0 ? "+" : "") + Math.round(r.trend().change().getAsDouble() * 100)
                + " " + t(locale, "promise-keeper.insight.trend.points") + ")" : "";
        item(h, "pk-insight-direction", t(locale, "promise-keeper.insight.trend"), direction + change);
        return h.append("</dl>").toString();
    }

    private String groups(Locale locale, InsightReport r, UnaryOperator<String> agentName) {
        StringBuilder h = new StringBuilder();
        for (Grouping g : Grouping.values()) {
            String title = t(locale, GROUPING_KEYS.get(g));
            List<InsightCharts.Bar> bars = new ArrayList<>();
            for (KeptRate k : r.keptRates().by(g)) {
                String label = g == Grouping.AGENT ? agentName.apply(k.group()) : k.group();
                bars.add(new InsightCharts.Bar(label, k.keptRate(), rate(k.keptRate()) + " (" + k.kept() + "/"
                        + k.settled() + ")"));
            }
            h.append("<section class=\"pk-insight-group\" id=\"pk-insight-by-")
                    .append(g.name().toLowerCase(Locale.ROOT).replace('_', '-')).append("\"><h4>").append(escape(title))
                    .append("</h4>");
            h.append(bars.isEmpty() ? "<p class=\"pk-insight-none\">" + escape(t(locale, "promise-keeper.insight.none"))
                    + "</p>" : InsightCharts.bars(title, bars));
            h.append("</section>");
        }
        return h.toString();
    }

    private String notices(Locale locale, InsightReport r) {
        StringBuilder h = table(locale, "pk-insight-notices", "promise-keeper.insight.outcome",
                "promise-keeper.insight.notices.with", "promise-keeper.insight.notices.without");
        for (NoticeCoverage c : r.coverage()) {
            row(h, "pk-notices-" + c.outcome().toLowerCase(Locale.ROOT), t(locale, OUTCOME_KEYS.get(c.outcome())),
                    String.valueOf(c.withNotice()), String.valueOf(c.withoutNotice()));
        }
        return h.append("</tbody></table>").toString();
    }

    private String lead(Locale locale, InsightReport r) {
        StringBuilder h = new StringBuilder("<dl class=\"pk-insight-summary\">");
        item(h, "pk-lead-count", t(locale, "promise-keeper.insight.lead.count"), String.valueOf(r.leadTimes().count()));
        item(h, "pk-lead-median", t(locale, "promise-keeper.insight.lead.median"),
                r.leadTimes().median().map(InsightPage::duration).orElse("\u2013"));
        item(h, "pk-lead-p90", t(locale, "promise-keeper.insight.lead.p90"),
                r.leadTimes().p90().map(InsightPage::duration).orElse("\u2013"));
        h.append("</dl>");
        List<InsightCharts.Bar> bars = new ArrayList<>();
        int count = r.leadTimes().count();
        for (LeadBucket b : LeadBucket.values()) {
            int n = r.leadTimes().buckets().getOrDefault(b, 0);
            bars.add(new InsightCharts.Bar(t(locale, BUCKET_KEYS.get(b)),
                    count == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) n / count), String.valueOf(n)));
        }
        return h.append(InsightCharts.bars(t(locale, "promise-keeper.insight.lead"), bars)).toString();
    }

    private String gestures(Locale locale, InsightReport r) {
        StringBuilder h = table(locale, "pk-insight-gestures", "promise-keeper.insight.gesture",
                "promise-keeper.insight.gesture.suggested", "promise-keeper.insight.gesture.done",
                "promise-keeper.insight.gesture.dismissed", "promise-keeper.insight.gesture.open",
                "promise-keeper.insight.gesture.cost");
        for (GestureRow g : r.gestures().byGesture()) {
            gestureRow(h, "pk-gesture-" + g.gestureId().replaceAll("[^A-Za-z0-9_-]", "_"), g.name(), g);
        }
        gestureRow(h, "pk-gesture-total", t(locale, "promise-keeper.insight.total"), r.gestures().total());
        h.append("</tbody></table>");
        if (!r.gestures().dismissReasons().isEmpty()) {
            h.append("<h4>").append(escape(t(locale, "promise-keeper.insight.gesture.reasons")))
                    .append("</h4><ul class=\"pk-insight-reasons\">");
            for (Map.Entry<String, Integer> e : r.gestures().dismissReasons()) {
                h.append("<li>").append(escape(e.getKey())).append(": ").append(e.getValue()).append("</li>");
            }
            h.append("</ul>");
        }
        h.append("<p class=\"pk-insight-note\">").append(escape(t(locale, "promise-keeper.insight.gesture.toact")))
                .append(": ").append(escape(r.gestures().medianTimeToAct().map(InsightPage::duration).orElse("\u2013")))
                .append("</p>");
        return h.toString();
    }

    private void gestureRow(StringBuilder h, String id, String name, GestureRow g) {
        row(h, id, name, String.valueOf(g.suggested()), String.valueOf(g.done()), String.valueOf(g.dismissed()),
                String.valueOf(g.open()), g.cost().toPlainString());
    }

    private String satisfaction(Locale locale, InsightReport r) {
        StringBuilder h = table(locale, "pk-insight-satisfaction", "promise-keeper.insight.satisfaction.group",
                "promise-keeper.insight.satisfaction.rated", "promise-keeper.insight.satisfaction.average");
        for (SatisfactionRow s : r.satisfaction()) {
            row(h, "pk-satisfaction-" + s.group().replace(' ', '-'), t(locale, SATISFACTION_KEYS.get(s.group())),
                    String.valueOf(s.rated()), s.average().isPresent()
                            ? String.format(Locale.ROOT, "%.1f", s.average().getAsDouble()) : "\u2013");
        }
        h.append("</tbody></table><p class=\"pk-insight-note\">")
                .append(escape(t(locale, "promise-keeper.insight.satisfaction.unrated", r.unratedTickets())))
                .append("</p>");
        return h.toString();
    }

    private StringBuilder table(Locale locale, String id, String... headerKeys) {
        StringBuilder h = new StringBuilder("<table class=\"aui pk-insight-table\" id=\"").append(id)
                .append("\"><thead><tr>");
        for (String key : headerKeys) {
            h.append("<th>").append(escape(t(locale, key))).append("</th>");
        }
        return h.append("</tr></thead><tbody>");
    }

    private static void row(StringBuilder h, String id, String... cells) {
        h.append("<tr id=\"").append(escape(id)).append("\">");
        for (int i = 0; i < cells.length; i++) {
            h.append(i == 0 ? "<th>" : "<td>").append(escape(cells[i])).append(i == 0 ? "</th>" : "</td>");
        }
        h.append("</tr>");
    }

    private static void item(StringBuilder h, String id, String label, String value) {
        h.append("<div><dt>").append(escape(label)).append("</dt><dd id=\"").append(id).append("\">")
                .append(escape(value)).append("</dd></div>");
    }

    private static Map<String, Object> option(String value, String label, String chosen) {
        Map<String, Object> o = new HashMap<>();
        o.put("valueHtml", escape(value));
        o.put("labelHtml", escape(label));
        o.put("selected", value.equals(chosen == null ? "" : chosen.strip()));
        return o;
    }

    private static String rate(OptionalDouble share) {
        return share.isPresent() ? InsightCharts.percent(share.getAsDouble()) : "\u2013";
    }

    /** A lead time or wait in whole hours and minutes, e.g. {@code -1h 00m} or {@code 26h 30m}. */
    static String duration(Duration d) {
        long minutes = d.toMinutes();
        String sign = minutes < 0 ? "-" : "";
        long abs = Math.abs(minutes);
        return String.format(Locale.ROOT, "%s%dh %02dm", sign, abs / 60, abs % 60);
    }

    private static String value(Map<String, String> params, String name) {
        String v = params.get(name);
        return v == null ? "" : v;
    }

    private static String queryString(Map<String, String> query) {
        StringBuilder q = new StringBuilder();
        query.forEach((k, v) -> q.append(q.length() == 0 ? '?' : '&').append(k).append('=').append(url(v)));
        return q.toString();
    }

    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String t(Locale locale, String key, Serializable... args) {
        return i18n.getText(locale, key, args);
    }
}
