package io.promisekeeper.cli.report;

import io.promisekeeper.core.backtest.BacktestResult;
import io.promisekeeper.core.backtest.Calibration;
import io.promisekeeper.core.backtest.PolicyOutcome;
import io.promisekeeper.core.backtest.SegmentOutcome;

import java.util.List;
import java.util.Locale;

/**
 * Renders report.html: one self-contained page with inline SVG charts and no scripts. Every text that
 * comes from the log (segment names, file names) is escaped.
 */
public final class ReportHtml {
    private static final int WIDTH = 560;
    private static final int HEIGHT = 340;
    private static final int PAD = 48;

    public String render(BacktestResult result, String source) {
        StringBuilder html = new StringBuilder(32_768);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Promise Keeper backtest</title><style>")
                .append("body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#172b4d}")
                .append("table{border-collapse:collapse;margin:8px 0 24px}td,th{border:1px solid #dfe1e6;padding:4px 8px;text-align:right}")
                .append("th{background:#f4f5f7}td:first-child,th:first-child{text-align:left}")
                .append("svg{background:#fff;border:1px solid #dfe1e6;margin-right:16px}.headline{font-size:18px;font-weight:600}")
                .append("</style></head><body>\n");
        html.append("<h1>Lateness forecast backtest</h1>\n<p>Log: ").append(escape(source)).append("</p>\n");
        html.append("<p class=\"headline\">").append(escape(result.headline().line())).append("</p>\n");
        html.append(choice(result));
        var split = result.split();
        html.append("<p>").append(split.train().size()).append(" training tickets, ").append(split.test().size())
                .append(" test tickets, ").append(split.breaches()).append(" breaches, ")
                .append(split.leftOut().total()).append(" left out (never resolved ")
                .append(split.leftOut().neverResolved()).append(", resolved before opened ")
                .append(split.leftOut().resolvedBeforeOpened()).append(", small segment ")
                .append(split.leftOut().smallSegment()).append(").</p>\n");
        html.append("<h2>Mean lead against false notices per breach (learnt forecast and fixed timer)</h2>\n");
        html.append(curve(result.baseline(), result.forecast()));
        html.append("<h2>Reliability</h2>\n<p>Brier score ").append(fmt(result.calibration().brier(), 4))
                .append(" over ").append(result.calibration().forecasts()).append(" forecasts.</p>\n");
        html.append(reliability(result.calibration()));
        html.append(reliabilityTable(result.calibration()));
        html.append("<h2>Per segment</h2>\n").append(segments(result.segments()));
        html.append("<h2>Fixed timer</h2>\n").append(outcomeTable(result.baseline(), "h"));
        html.append("<h2>Forecaster (every 10th threshold)</h2>\n");
        List<PolicyOutcome> sampled = new java.util.ArrayList<>();
        for (int i = 0; i < result.forecast().size(); i += 10) {
            sampled.add(result.forecast().get(i));
        }
        html.append(outcomeTable(sampled, "threshold"));
        html.append("</body></html>\n");
        return html.toString();
    }

    /** What the app would do with this history, and the validation figures behind it. */
    private static String choice(BacktestResult result) {
        var c = result.choice();
        StringBuilder out = new StringBuilder("<h2>Policy the app would choose: ")
                .append(c.learnt() ? "learnt forecast" : "fixed timer").append("</h2>\n<p>")
                .append(escape(c.summary())).append(".</p>\n<table><tr><th>validation (latest ")
                .append(Math.round(io.promisekeeper.core.backtest.ForecastValidation.HOLDOUT_SHARE * 100))
                .append(" % of the training tickets)</th><th>value</th></tr>")
                .append("<tr><td>held-out tickets</td><td>").append(c.holdoutTickets()).append("</td></tr>")
                .append("<tr><td>held-out breaches</td><td>").append(c.holdoutBreaches()).append("</td></tr>")
                .append("<tr><td>operating point (false notices per breach)</td><td>").append(fmt(c.target(), 2))
                .append("</td></tr><tr><td>gain over the fixed timer</td><td>").append(fmtOrDash(c.gain(), 2))
                .append("</td></tr><tr><td>at false notices per breach</td><td>").append(fmtOrDash(c.falsePerBreach(), 2))
                .append("</td></tr><tr><td>Brier score</td><td>").append(fmtOrDash(c.brier(), 4))
                .append("</td></tr><tr><td>Brier score of the base rate</td><td>").append(fmtOrDash(c.baseRateBrier(), 4))
                .append("</td></tr></table>\n<p>The learnt forecast on the test tickets (whatever was chosen): ")
                .append(escape(result.learntHeadline().line())).append("</p>\n");
        return out.toString();
    }

    private static String fmtOrDash(double value, int decimals) {
        return Double.isFinite(value) ? fmt(value, decimals) : "–";
    }

    private static String curve(List<PolicyOutcome> baseline, List<PolicyOutcome> forecast) {
        double maxX = 0.05;
        double maxY = 1;
        for (PolicyOutcome p : baseline) {
            maxX = Math.max(maxX, p.falsePerBreach());
            maxY = Math.max(maxY, p.meanLeadHours());
        }
        maxX = Math.min(Math.max(maxX * 1.1, 0.3), 3);
        for (PolicyOutcome p : forecast) {
            if (p.falsePerBreach() <= maxX) {
                maxY = Math.max(maxY, p.meanLeadHours());
            }
        }
        maxY *= 1.1;
        StringBuilder svg = frame("false notices per breach", "mean lead (h)", maxX, maxY);
        svg.append(polyline(baseline, maxX, maxY, "#6b778c", true));
        svg.append(polyline(forecast, maxX, maxY, "#0052cc", false));
        svg.append("<line x1=\"").append(x(0.25, maxX)).append("\" y1=\"").append(PAD / 2)
                .append("\" x2=\"").append(x(0.25, maxX)).append("\" y2=\"").append(HEIGHT - PAD)
                .append("\" stroke=\"#de350b\" stroke-dasharray=\"4 4\"/>");
        svg.append("<text x=\"").append(WIDTH - PAD - 150).append("\" y=\"").append(PAD / 2 + 12)
                .append("\" fill=\"#0052cc\">forecaster</text><text x=\"").append(WIDTH - PAD - 150).append("\" y=\"")
                .append(PAD / 2 + 28).append("\" fill=\"#6b778c\">fixed timer</text>");
        return svg.append("</svg>\n").toString();
    }

    private static String reliability(Calibration calibration) {
        StringBuilder svg = frame("forecast probability", "observed breach rate", 1, 1);
        svg.append("<line x1=\"").append(x(0, 1)).append("\" y1=\"").append(y(0, 1)).append("\" x2=\"")
                .append(x(1, 1)).append("\" y2=\"").append(y(1, 1)).append("\" stroke=\"#dfe1e6\"/>");
        StringBuilder points = new StringBuilder();
        for (Calibration.Band band : calibration.bands()) {
            if (band.forecasts() == 0) {
                continue;
            }
            points.append(x(band.meanProbability(), 1)).append(',').append(y(band.observedRate(), 1)).append(' ');
            svg.append("<circle cx=\"").append(x(band.meanProbability(), 1)).append("\" cy=\"")
                    .append(y(band.observedRate(), 1)).append("\" r=\"4\" fill=\"#0052cc\"/>");
        }
        svg.append("<polyline fill=\"none\" stroke=\"#0052cc\" points=\"").append(points.toString().trim()).append("\"/>");
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder frame(String xLabel, String yLabel, double maxX, double maxY) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\">");
        svg.append("<line x1=\"").append(PAD).append("\" y1=\"").append(HEIGHT - PAD).append("\" x2=\"")
                .append(WIDTH - PAD / 2).append("\" y2=\"").append(HEIGHT - PAD).append("\" stroke=\"#172b4d\"/>");
        svg.append("<line x1=\"").append(PAD).append("\" y1=\"").append(PAD / 2).append("\" x2=\"").append(PAD)
                .append("\" y2=\"").append(HEIGHT - PAD).append("\" stroke=\"#172b4d\"/>");
        for (int i = 0; i <= 4; i++) {
            double vx = maxX * i / 4;
            double vy = maxY * i / 4;
            svg.append("<text x=\"").append(x(vx, maxX)).append("\" y=\"").append(HEIGHT - PAD + 16)
                    .append("\" font-size=\"11\" text-anchor=\"middle\">").append(fmt(vx, 2)).append("</text>");
            svg.append("<text x=\"").append(PAD - 6).append("\" y=\"").append(fmt(yValue(vy, maxY) + 4, 1))
                    .append("\" font-size=\"11\" text-anchor=\"end\">").append(fmt(vy, maxY > 5 ? 0 : 2)).append("</text>");
        }
        svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT - 8)
                .append("\" text-anchor=\"middle\">").append(escape(xLabel)).append("</text>");
        svg.append("<text x=\"12\" y=\"").append(HEIGHT / 2).append("\" transform=\"rotate(-90 12 ")
                .append(HEIGHT / 2).append(")\" text-anchor=\"middle\">").append(escape(yLabel)).append("</text>");
        return svg;
    }

    private static String polyline(List<PolicyOutcome> outcomes, double maxX, double maxY, String colour, boolean dots) {
        StringBuilder points = new StringBuilder();
        StringBuilder circles = new StringBuilder();
        List<PolicyOutcome> sorted = outcomes.stream()
                .filter(p -> p.falsePerBreach() <= maxX)
                .sorted(java.util.Comparator.comparingDouble(PolicyOutcome::falsePerBreach)).toList();
        for (PolicyOutcome p : sorted) {
            points.append(x(p.falsePerBreach(), maxX)).append(',').append(y(p.meanLeadHours(), maxY)).append(' ');
            if (dots) {
                circles.append("<circle cx=\"").append(x(p.falsePerBreach(), maxX)).append("\" cy=\"")
                        .append(y(p.meanLeadHours(), maxY)).append("\" r=\"4\" fill=\"").append(colour).append("\"/>");
            }
        }
        return "<polyline fill=\"none\" stroke-width=\"2\" stroke=\"" + colour + "\" points=\"" + points.toString().trim()
                + "\"/>" + circles;
    }

    private static String x(double value, double max) {
        return fmt(PAD + (WIDTH - 1.5 * PAD) * Math.min(1, value / max), 1);
    }

    private static String y(double value, double max) {
        return fmt(yValue(value, max), 1);
    }

    private static double yValue(double value, double max) {
        return HEIGHT - PAD - (HEIGHT - 1.5 * PAD) * Math.min(1, value / max);
    }

    private static String reliabilityTable(Calibration calibration) {
        StringBuilder table = new StringBuilder("<table><tr><th>band</th><th>forecasts</th><th>mean forecast</th>"
                + "<th>observed rate</th></tr>");
        for (Calibration.Band band : calibration.bands()) {
            table.append("<tr><td>").append(fmt(band.from(), 1)).append("–").append(fmt(band.to(), 1))
                    .append("</td><td>").append(band.forecasts()).append("</td><td>").append(fmt(band.meanProbability(), 3))
                    .append("</td><td>").append(fmt(band.observedRate(), 3)).append("</td></tr>");
        }
        return table.append("</table>\n").toString();
    }

    private static String segments(List<SegmentOutcome> segments) {
        StringBuilder table = new StringBuilder("<table><tr><th>segment</th><th>target (h)</th><th>train</th>"
                + "<th>test</th><th>breaches</th><th>forecast false</th><th>forecast recall</th>"
                + "<th>forecast lead (h)</th><th>timer h=0.30 false</th><th>timer h=0.30 lead (h)</th></tr>");
        for (SegmentOutcome segment : segments) {
            PolicyOutcome timer = segment.baseline().stream().filter(p -> Math.abs(p.setting() - 0.30) < 1e-9)
                    .findFirst().orElse(null);
            PolicyOutcome forecast = segment.forecast();
            table.append("<tr><td>").append(escape(segment.segment())).append("</td><td>")
                    .append(fmt(segment.targetHours(), 1)).append("</td><td>").append(segment.trainTickets())
                    .append("</td><td>").append(segment.testTickets()).append("</td><td>").append(segment.breaches())
                    .append("</td><td>").append(forecast == null ? "" : forecast.falseNotices())
                    .append("</td><td>").append(forecast == null ? "" : fmt(forecast.recall(), 2))
                    .append("</td><td>").append(forecast == null ? "" : fmt(forecast.meanLeadHours(), 1))
                    .append("</td><td>").append(timer == null ? "" : timer.falseNotices())
                    .append("</td><td>").append(timer == null ? "" : fmt(timer.meanLeadHours(), 1)).append("</td></tr>");
        }
        return table.append("</table>\n").toString();
    }

    private static String outcomeTable(List<PolicyOutcome> outcomes, String setting) {
        StringBuilder table = new StringBuilder("<table><tr><th>").append(escape(setting))
                .append("</th><th>notices</th><th>false</th><th>false per breach</th><th>recall</th><th>mean lead (h)</th></tr>");
        for (PolicyOutcome p : outcomes) {
            table.append("<tr><td>").append(fmt(p.setting(), 3)).append("</td><td>").append(p.notices())
                    .append("</td><td>").append(p.falseNotices()).append("</td><td>").append(fmt(p.falsePerBreach(), 3))
                    .append("</td><td>").append(fmt(p.recall(), 3)).append("</td><td>").append(fmt(p.meanLeadHours(), 1))
                    .append("</td></tr>");
        }
        return table.append("</table>\n").toString();
    }

    private static String fmt(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "–";
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
