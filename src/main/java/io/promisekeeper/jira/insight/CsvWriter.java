package io.promisekeeper.jira.insight;

import java.math.BigDecimal;

/**
 * Writes CSV as RFC 4180 says: comma separated, CRLF line ends, a field in double quotes when it holds a comma, a
 * quote, a line break or edge spaces, quotes doubled. Text cells that a spreadsheet would run as a formula (starting
 * with {@code = + - @}, tab or carriage return) get a leading apostrophe; numbers are written as they are.
 */
public final class CsvWriter {
    private final StringBuilder out = new StringBuilder();

    /** Appends one record; {@code null} is an empty field, a {@link Number} a number, anything else text. */
    public CsvWriter row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells[i]));
        }
        out.append("\r\n");
        return this;
    }

    /** Everything written so far. */
    public String text() {
        return out.toString();
    }

    /** One field as written. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            // Spreadsheets run such a cell as a formula (CSV injection); the apostrophe makes it plain text.
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || (!text.isEmpty() && (text.charAt(0) == ' '
                || text.charAt(text.length() - 1) == ' '));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
