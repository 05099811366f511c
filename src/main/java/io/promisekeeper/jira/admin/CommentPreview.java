package io.promisekeeper.jira.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows a notice as the customer will read it: the common subset of Jira wiki markup (paragraphs, line breaks, bold,
 * italics, monospace, links, bullet and numbered lists, headings, quotes, escaped characters) as HTML, and
 * everything else as the text it is. Everything is escaped first; the only markup in the result is what this class
 * writes itself, and links are http or https only. A preview, not Jira's renderer: macros such as {@code {html}}
 * stay visible as text, which is also the safe reading.
 */
public final class CommentPreview {
    // What WikiMarkup.literal protects with a backslash, and the entities it writes.
    private static final String BACKSLASHED = "{}[]|*_-+^~!#?";
    private static final String[][] ENTITIES = {{"&#46;", "."}, {"&#92;", "\\"}, {"&amp;", "&"}, {"&lt;", "<"},
        {"&gt;", ">"}, {"&#58;", ":"}};
    // A protected character travels as a private-use character, which no markup pattern below can match.
    private static final char SHIFT = 0xE000;
    private static final Pattern NAMED_LINK = Pattern.compile("\\[([^\\[\\]|]+)\\|(https?://[^\\]\\s\"<>]+)\\]");
    private static final Pattern BARE_LINK = Pattern.compile("\\[(https?://[^\\]\\s\"<>|]+)\\]");
    private static final Pattern MONOSPACE = Pattern.compile("\\{\\{(.+?)\\}\\}");
    private static final Pattern BOLD = Pattern.compile("(?<![\\w*])\\*(\\S(?:[^*]*?\\S)?)\\*(?![\\w*])");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w_])_(\\S(?:[^_]*?\\S)?)_(?![\\w_])");
    private static final Pattern HEADING = Pattern.compile("h[1-6]\\. (.*)");
    private static final Pattern BULLET = Pattern.compile("[*-] (.*)");
    private static final Pattern NUMBERED = Pattern.compile("# (.*)");

    private CommentPreview() {
    }

    /** {@code markup} as safe HTML. */
    public static String html(String markup) {
        if (markup == null || markup.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder(markup.length() * 2);
        List<String> paragraph = new ArrayList<>();
        String list = null;
        for (String raw : markup.split("\\R", -1)) {
            String line = protect(raw.strip());
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            String wanted = bullet.matches() ? "ul" : numbered.matches() ? "ol" : null;
            if (wanted == null || !wanted.equals(list)) {
                if (list != null) {
                    out.append("</").append(list).append('>');
                }
                list = null;
            }
            if (wanted != null) {
                flush(paragraph, out);
                if (list == null) {
                    list = wanted;
                    out.append('<').append(list).append('>');
                }
                out.append("<li>").append(inline(bullet.matches() ? bullet.group(1) : numbered.group(1))).append("</li>");
            } else if (line.isEmpty()) {
                flush(paragraph, out);
            } else if (HEADING.matcher(line).matches()) {
                flush(paragraph, out);
                out.append("<h5>").append(inline(line.substring(4))).append("</h5>");
            } else if (line.startsWith("bq. ")) {
                flush(paragraph, out);
                out.append("<blockquote>").append(inline(line.substring(4))).append("</blockquote>");
            } else {
                paragraph.add(line);
            }
        }
        if (list != null) {
            out.append("</").append(list).append('>');
        }
        flush(paragraph, out);
        return out.toString();
    }

    private static void flush(List<String> paragraph, StringBuilder out) {
        if (paragraph.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        paragraph.forEach(l -> lines.add(inline(l)));
        out.append("<p>").append(String.join("<br>", lines)).append("</p>");
        paragraph.clear();
    }

    /** Backslash escapes and the entities of escaped values become private-use characters: literal from here on. */
    private static String protect(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && BACKSLASHED.indexOf(line.charAt(i + 1)) >= 0) {
                out.append((char) (SHIFT + line.charAt(++i)));
                continue;
            }
            String entity = c == '&' ? entityAt(line, i) : null;
            if (entity != null) {
                out.append((char) (SHIFT + literalOf(entity).charAt(0)));
                i += entity.length() - 1;
                continue;
            }
            out.append(c >= SHIFT && c < SHIFT + 0x80 ? ' ' : c);
        }
        return out.toString();
    }

    private static String inline(String line) {
        String html = escape(line).replace("\\\\", "<br>");
        html = NAMED_LINK.matcher(html).replaceAll(m -> Matcher.quoteReplacement(
                "<a href=\"" + m.group(2) + "\" rel=\"nofollow noopener noreferrer\">" + m.group(1) + "</a>"));
        html = BARE_LINK.matcher(html).replaceAll(m -> Matcher.quoteReplacement(
                "<a href=\"" + m.group(1) + "\" rel=\"nofollow noopener noreferrer\">" + m.group(1) + "</a>"));
        html = MONOSPACE.matcher(html).replaceAll("<code>$1</code>");
        html = BOLD.matcher(html).replaceAll("<strong>$1</strong>");
        html = ITALIC.matcher(html).replaceAll("<em>$1</em>");
        StringBuilder out = new StringBuilder(html.length());
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            out.append(c >= SHIFT && c < SHIFT + 0x80 ? escape(String.valueOf((char) (c - SHIFT))) : String.valueOf(c));
        }
        return out.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String entityAt(String line, int at) {
        for (String[] e : ENTITIES) {
            if (line.startsWith(e[0], at)) {
                return e[0];
            }
        }
        return null;
    }

    private static String literalOf(String entity) {
        for (String[] e : ENTITIES) {
            if (e[0].equals(entity)) {
                return e[1];
            }
        }
        throw new IllegalArgumentException(entity);
    }
}
