package io.promisekeeper.jira.insight;

import static io.promisekeeper.jira.web.Html.escape;

import io.promisekeeper.core.insight.WeekPoint;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Server-side SVG charts in the AUI look (Atlassian blue on a neutral track, the AUI text colours): a horizontal
 * bar per group and a weekly line. Every label is escaped, so a component called {@code <script>} stays text.
 */
public final class InsightCharts {
    static final String BLUE = "#0052CC";
    static final String TRACK = "#DFE1E6";
    static final String TEXT = "#172B4D";
    static final String SUBTLE = "#6B778C";
    static final String FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
    private static final int ROW = 26;
    private static final int LABEL = 180;
    private static final int BAR = 320;

    private InsightCharts() {
    }

    /** One bar of a bar chart: a label, a share from 0 to 1 (empty when there is nothing to rate), a caption. */
    public record Bar(String label, OptionalDouble share, String caption) {
    }

    /** Horizontal bars, one per group; {@code title} names the chart for screen readers. */
    public static String bars(String title, List<Bar> bars) {
        int height = Math.max(1, bars.size()) * ROW + 8;
        int width = LABEL + BAR + 120;
        StringBuilder svg = open(title, width, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 4 + i * ROW;
            svg.append("<g class=\"pk-bar\">");
            svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\" fill=\"").append(TEXT).append("\">")
                    .append(escape(clip(b.label()))).append("<title>").append(escape(b.label())).append("</title></text>");
            svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"").append(BAR)
                    .append("\" height=\"16\" rx=\"3\" fill=\"").append(TRACK).append("\"/>");
            if (b.share().isPresent()) {
                svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"")
                        .append(num(BAR * clamp(b.share().getAsDouble()))).append("\" height=\"16\" rx=\"3\" fill=\"")
                        .append(BLUE).append("\"/>");
            }
            svg.append("<text x=\"").append(LABEL + BAR + 8).append("\" y=\"").append(y + 15).append("\" fill=\"")
                    .append(SUBTLE).append("\">").append(escape(b.caption())).append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    /** The weekly kept-rate as a line from 0 to 100 %, broken where a week settled nothing. */
    public static String trend(String title, List<WeekPoint> weeks) {
        int left = 44;
        int top = 12;
        int plotW = 560;
        int plotH = 160;
        StringBuilder svg = open(title, left + plotW + 24, top + plotH + 40);
        for (int pct = 0; pct <= 100; pct += 50) {
            double y = top + plotH - plotH * pct / 100.0;
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(left + plotW).append("\" y1=\"")
                    .append(num(y)).append("\" y2=\"").append(num(y)).append("\" stroke=\"").append(TRACK).append("\"/>")
                    .append("<text x=\"").append(left - 6).append("\" y=\"").append(num(y + 4))
                    .append("\" text-anchor=\"end\" fill=\"").append(SUBTLE).append("\">").append(pct).append("%</text>");
        }
        double step = weeks.size() <= 1 ? 0 : (double) plotW / (weeks.size() - 1);
        StringBuilder path = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < weeks.size(); i++) {
            WeekPoint w = weeks.get(i);
            double x = left + (weeks.size() <= 1 ? plotW / 2.0 : i * step);
            OptionalDouble rate = w.rate().keptRate();
            if (rate.isPresent()) {
                double y = top + plotH - plotH * clamp(rate.getAsDouble());
                path.append(pen ? " L" : " M").append(num(x)).append(' ').append(num(y));
                pen = true;
                svg.append("<circle class=\"pk-point\" cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
                        .append("\" r=\"3.5\" fill=\"").append(BLUE).append("\"><title>").append(escape(w.week()))
                        .append(": ").append(percent(rate.getAsDouble())).append("</title></circle>");
            } else {
                pen = false;
            }
            if (weeks.size() <= 12 || i % Math.max(1, weeks.size() / 12) == 0) {
                svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(top + plotH + 18)
                        .append("\" text-anchor=\"middle\" fill=\"").append(SUBTLE).append("\">")
                        .append(escape(w.week().substring(w.week().indexOf('-') + 1))).append("</text>");
            }
        }
        if (path.length() > 0) {
            svg.append("<path class=\"pk-trend-line\" d=\"").append(path.toString().trim())
                    .append("\" fill=\"none\" stroke=\"").append(BLUE).append("\" stroke-width=\"2\"/>");
        }
        return svg.append("</svg>").toString();
    }

    /** A share as a whole percentage, e.g. {@code 57%}. */
    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static StringBuilder open(String title, int width, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pk-chart\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" aria-label=\"").append(escape(title))
                .append("\" font-family=\"").append(escape(FONT)).append("\" font-size=\"12\"><title>")
                .append(escape(title)).append("</title>");
    }

    private static String clip(String label) {
        String text = label == null ? "" : label;
        return text.codePointCount(0, text.length()) <= 26 ? text
                : text.substring(0, text.offsetByCodePoints(0, 25)) + "\u2026";
    }

    private static double clamp(double share) {
        return Math.max(0, Math.min(1, share));
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
