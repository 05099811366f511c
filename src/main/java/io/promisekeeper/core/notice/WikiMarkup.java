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
    private static final java.util.Map<String, Character> ENTITIES = java.util.Map.of("&#46;", '.', "&#92;", '\\',
            "&amp;", '&', "&lt;", '<', "&gt;", '>', "&#58;", ':');
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

    /**
     * Roughly what a reader sees of {@code markup}: undoes what {@link #literal} adds (backslashes and entities)
     * and leaves any other formatting as written. For short summaries shown as escaped plain text, never for
     * output that is rendered as markup again.
     */
    public static String readable(String markup) {
        if (markup == null || markup.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(markup.length());
        for (int i = 0; i < markup.length(); i++) {
            char c = markup.charAt(i);
            if (c == '\\' && i + 1 < markup.length() && BACKSLASHED.indexOf(markup.charAt(i + 1)) >= 0) {
                out.append(markup.charAt(++i));
                continue;
            }
            if (c == '&') {
                String entity = entityAt(markup, i);
                if (entity != null) {
                    out.append(ENTITIES.get(entity));
                    i += entity.length() - 1;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String entityAt(String markup, int at) {
        for (String entity : ENTITIES.keySet()) {
            if (markup.startsWith(entity, at)) {
                return entity;
            }
        }
        return null;
    }
}
