package io.promisekeeper.jira.insight;

import java.math.BigDecimal;

/**
 * A CSV table as RFC 4180 says — comma separated, CRLF line ends, quotes doubled — hardened for spreadsheets by the
 * OWASP CSV-injection rules, whatever list separator the reader's locale uses ({@code ,} in English, {@code ;} in
 * Dutch, German or French Excel):
 * <ul>
 *   <li>a cell is quoted when it holds a comma, a semicolon, a tab, a quote, a line break or edge spaces, so it
 *       stays one cell for an RFC 4180 reader;</li>
 *   <li>a text that a spreadsheet would run as a formula — one starting with {@code = + - @}, tab or carriage
 *       return — gets a leading apostrophe; so does every such start right after a separator or line break inside
 *       the text, because a reader splitting on {@code ;} (which does not honour quotes that do not open a field)
 *       would begin a cell there.</li>
 * </ul>
 * Numbers are ours, not user text, and are written as they are.
 *
 * <p>Why not Apache Commons CSV (the tool reads logs with it, and the tests read this table back with it): Jira does
 * not export it, and its {@code CSVFormat} does not link without commons-io and commons-codec, so the bundle would
 * embed 673 classes (877 KB to 1.85 MB) and import JRE internals ({@code sun.misc}, {@code sun.nio.ch},
 * {@code javax.crypto}) to double quotes; its minimal quoting leaves {@code ;} and tab bare, so the rules above would
 * stay ours anyway.
 */
public final class CsvTable {
    private static final String FORMULA_START = "=+-@\t\r";
    private static final String CELL_BREAK = ",;\t\r\n";

    private final StringBuilder out = new StringBuilder();

    /** Appends one record; {@code null} is an empty cell, a {@link Number} a number, anything else text. */
    public CsvTable row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
        return this;
    }

    /** Everything written so far. */
    public String text() {
        return out.toString();
    }

    /** One cell as written. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        String text = disarmed(value.toString());
        return mustQuote(text) ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean mustQuote(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || CELL_BREAK.indexOf(c) >= 0) {
                return true;
            }
        }
        return !text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ');
    }
    // An apostrophe before every place a cell could start with a formula, in any separator convention.
    private static String disarmed(String text) {
        StringBuilder result = new StringBuilder(text.length() + 2);
        boolean cellStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (cellStart && FORMULA_START.indexOf(c) >= 0) {
                result.append('\'');
            }
            result.append(c);
            // Spaces and quotes before a formula still let a spreadsheet run it: the cell has not started yet.
            if (c != ' ' && c != '"') {
                cellStart = CELL_BREAK.indexOf(c) >= 0;
            }
        }
        return result.toString();
    }
}
