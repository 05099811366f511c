package io.promisekeeper.jira.insight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * A CSV table as RFC 4180 says — comma separated, CRLF line ends, quotes doubled — written by Apache Commons CSV and
 * hardened for spreadsheets by the OWASP CSV-injection rules, whatever list separator the reader's locale uses
 * ({@code ,} in English, {@code ;} in Dutch, German or French Excel):
 * <ul>
 *   <li>a cell is quoted when it holds a comma, a semicolon, a tab, a quote, a line break or edge spaces, so it
 *       stays one cell for an RFC 4180 reader (Commons CSV's minimal quoting leaves {@code ;} and tab bare);</li>
 *   <li>a text that a spreadsheet would run as a formula — one starting with {@code = + - @}, tab or carriage
 *       return — gets a leading apostrophe; so does every such start right after a separator or line break inside
 *       the text, because a reader splitting on {@code ;} (which does not honour quotes that do not open a field)
 *       would begin a cell there.</li>
 * </ul>
 * Numbers are ours, not user text, and are written as they are.
 */
public final class CsvTable {
    private static final CSVFormat PLAIN = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();
    private static final CSVFormat QUOTED = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
    private static final String FORMULA_START = "=+-@\t\r";
    private static final String CELL_BREAK = ",;\t\r\n";

    private final StringBuilder out = new StringBuilder();

    /** Appends one record; {@code null} is an empty cell, a {@link Number} a number, anything else text. */
    public CsvTable row(Object... cells) {
        try {
            for (int i = 0; i < cells.length; i++) {
                cell(cells[i], i == 0);
            }
            PLAIN.println(out);
        } catch (IOException e) {
            // A StringBuilder does not fail.
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Everything written so far. */
    public String text() {
        return out.toString();
    }

    /** One cell as written. */
    static String cell(Object value) {
        return new CsvTable().row(value).text().replaceFirst("\r\n$", "");
    }

    private void cell(Object value, boolean first) throws IOException {
        if (value == null || value instanceof Number) {
            PLAIN.print(value instanceof BigDecimal d ? d.toPlainString() : value, out, first);
            return;
        }
        String text = disarmed(value.toString());
        (mustQuote(text) ? QUOTED : PLAIN).print(text, out, first);
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
