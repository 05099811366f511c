package io.promisekeeper.jira.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.standin.BundleTexts;
import io.promisekeeper.standin.VelocityTemplates;
import io.promisekeeper.core.insight.GestureFact;
import io.promisekeeper.core.insight.GestureState;
import io.promisekeeper.core.insight.InsightData;
import io.promisekeeper.core.insight.InsightFigures;
import io.promisekeeper.core.insight.InsightReport;
import io.promisekeeper.core.insight.InsightSample;
import io.promisekeeper.core.insight.KeptRate;
import io.promisekeeper.core.insight.TicketFacts;
import io.promisekeeper.core.insight.WeekPoint;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseStatus;
import io.promisekeeper.jira.access.InsightViewer;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The insight page's markup and charts: escaped user text, the figures where the page says. */
class InsightPageTest {
    private static final String SCRIPT = "<script>alert('x')</script>";
    private final BundleTexts texts = new BundleTexts();
    private final InsightPage page = new InsightPage(texts, new VelocityTemplates());

    @Test
    void barsEscapeEveryLabelAndScaleToTheShare() {
        String svg = InsightCharts.bars("Kept <by> team", List.of(
                new InsightCharts.Bar(SCRIPT, OptionalDouble.of(0.5), "50% (1/2)"),
                new InsightCharts.Bar("Empty & \"quiet\"", OptionalDouble.empty(), "\u2013")));
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
        assertThat(svg).doesNotContain("<script>").doesNotContain("<by>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("aria-label=\"Kept &lt;by&gt; team\"")
                .contains("Empty &amp; &quot;quiet&quot;");
        // 320 pixels of track: half is 160; the empty group has a track and no bar.
        assertThat(svg).contains("width=\"160.0\"");
        assertThat(svg.split("fill=\"" + InsightCharts.BLUE + "\"", -1)).hasSize(2);
    }

    @Test
    void trendDrawsALineThroughWeeksThatSettledSomething() {
        String svg = InsightCharts.trend("Trend", List.of(
                new WeekPoint("2026-W10", LocalDate.parse("2026-03-02"), new KeptRate("2026-W10", 1, 1, 0, 0, 0)),
                new WeekPoint("2026-W11", LocalDate.parse("2026-03-09"), new KeptRate("2026-W11", 0, 0, 0, 1, 0)),
                new WeekPoint("2026-W12", LocalDate.parse("2026-03-16"), new KeptRate("2026-W12", 1, 0, 0, 0, 0))));
        // x: 44, 324, 604; y: 12 + 160 - 160 * rate -> 92 for 50%, 12 for 100%. The quiet week breaks the line.
        assertThat(svg).contains("d=\"M44.0 92.0 M604.0 12.0\"");
        assertThat(svg.split("class=\"pk-point\"", -1)).hasSize(3);
        assertThat(svg).contains(">W11<");
    }

    @Test
    void thePageShowsTheFiguresAndNoUserTextAsMarkup() throws Exception {
        InsightData data = new InsightData(List.of(
                InsightSample.promise(1, "HELP-1", SCRIPT, PromiseKind.CALLBACK, "2026-03-02T08:00:00Z",
                        "2026-03-03T10:00:00Z", PromiseStatus.KEPT),
                InsightSample.promise(2, "HELP-2", "bob", PromiseKind.CALLBACK, "2026-03-02T08:00:00Z",
                        "2026-03-03T10:00:00Z", PromiseStatus.BROKEN)),
                Map.of("HELP-1", new TicketFacts("HELP-1", SCRIPT + "team", "<b>type</b>", 4),
                        "HELP-2", new TicketFacts("HELP-2", "Network", "VPN")),
                List.of(),
                List.of(new GestureFact("HELP-2", "HELP", "Network", "bob", "<i>gift</i>", "<img src=x onerror=alert(1)>",
                        GestureState.DISMISSED, "<b>too</b> expensive", BigDecimal.ONE,
                        Instant.parse("2026-03-02T10:00:00Z"), Instant.parse("2026-03-02T11:00:00Z"))));
        InsightViewer viewer = new InsightViewer("lead", Map.of("HELP", "Help <desk>"), Locale.ENGLISH, ZoneOffset.UTC,
                false);
        InsightRequest request = InsightRequest.read(viewer, "HELP", "2026-03-01", "2026-03-22", null,
                Clock.fixed(Instant.parse("2026-03-22T12:00:00Z"), ZoneOffset.UTC));
        InsightReport report = new InsightFigures().report(request.filter(), data);
        Map<String, Object> context = page.context(viewer, new InsightPage.Scope("HELP", List.of(), 0),
                Map.of("component", SCRIPT), request, report, key -> key, "/jira");
        StringWriter html = new StringWriter();
        page.render(context, html);
        String out = html.toString();

        assertThat(out).doesNotContain("<script").doesNotContain("<b>").doesNotContain("<i>").doesNotContain("<img")
                .doesNotContain("<desk>");
        assertThat(out).contains("Promise insight: Help &lt;desk&gt;")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;team")
                .contains("&lt;b&gt;too&lt;/b&gt; expensive")
                .contains("<dd id=\"pk-insight-kept\">1</dd>")
                .contains("<dd id=\"pk-insight-broken\">1</dd>")
                .contains("<dd id=\"pk-insight-rate\">50%</dd>")
                .contains("action=\"/jira/plugins/servlet/promise-keeper/insight/project/HELP\"")
                .contains("href=\"/jira/rest/promise-keeper/1.0/insight/figures.csv?project=HELP&amp;from=2026-03-01&amp;to=2026-03-22\"");
        // Satisfaction: HELP-1 rated 4 (kept), HELP-2 unrated.
        assertThat(out).contains("<tr id=\"pk-satisfaction-kept\"><th>Promises kept</th><td>1</td><td>4.0</td></tr>");
        assertThat(out).doesNotContain("pk-insight-settings-form");
    }

    @Test
    void aBadFilterShowsItsErrorsAndNoFigures() throws Exception {
        InsightViewer viewer = new InsightViewer("admin", Map.of("HELP", "Help", "OPS", "Ops"), Locale.forLanguageTag("nl"),
                ZoneOffset.UTC, true);
        InsightRequest request = InsightRequest.read(viewer, "NOPE", "<b>", null, null,
                Clock.fixed(Instant.parse("2026-03-22T12:00:00Z"), ZoneOffset.UTC));
        Map<String, Object> context = page.context(viewer, new InsightPage.Scope(null, List.of("leads <x>"), 3),
                Map.of("from", "<b>", "project", "NOPE"), request, null, key -> key, "");
        StringWriter html = new StringWriter();
        page.render(context, html);
        String out = html.toString();
        assertThat(request.errors()).extracting(e -> e.field()).containsExactly("from", "project");
        assertThat(out).contains("Inzicht in beloften over alle projecten").contains("value=\"&lt;b&gt;\"")
                .contains("pk-insight-error").doesNotContain("pk-insight-kept").doesNotContain("<b>")
                .contains("value=\"leads &lt;x&gt;\"").contains("data-version=\"3\"");
    }
}
