package io.promisekeeper.core.notice;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes any text show literally inside a JSM comment written in Jira wiki markup, so values from promises and
 * tickets cannot format, link, embed macros ({@code {html}}, {@code {code}}) or start headings and lists.
 */
public final class WikiMarkup {
    // Characters that open or close wiki formatting, tables, links, images, macros, lists and citations.
    private static final String BACKSLASHED = "{}[]|*_-+^~!#?";
    // hN. and bq. open a heading or quote at a line start; the dot becomes an entity so it never matches.
    private static final Pattern BLOCK_START = Pattern.compile("(?<![A-Za-z0-9])(h[1-6]|bq)\\.",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_BREAKS = Pattern.compile("\\R+");

    private WikiMarkup() {
    }

    /** {@code value} as wiki markup that renders to exactly its characters, on one line. */
    public static String literal(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        // Values go inline: a line break would let the next characters start a heading, list or table.
        String oneLine = LINE_BREAKS.matcher(value).replaceAll(" ");
        BitSet blockDots = new BitSet();
        Matcher blocks = BLOCK_START.matcher(oneLine);
        while (blocks.find()) {
            blockDots.set(blocks.end() - 1);
        }
        StringBuilder out = new StringBuilder(oneLine.length() + 16);
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if (BACKSLASHED.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (blockDots.get(i)) {
                out.append("&#46;");
            } else if (c == '\\') {
                // A backslash cannot escape itself (two of them make a line break), so it becomes an entity.
                out.append("&#92;");
            } else if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == ':' && oneLine.startsWith("//", i + 1)) {
                // Jira links bare URLs; "http&#58;//" reads the same but is not a link.
                out.append("&#58;");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
