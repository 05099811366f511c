package io.promisekeeper.jira.insight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

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
 * <p>Apache Commons CSV does the RFC 4180 writing (separators, quote doubling, record ends); which cells it must
 * quote and the formula guard are ours, because its minimal quoting leaves {@code ;} and tab bare. The bundle
 * carries Commons CSV 1.9.0, which needs nothing but the JDK (see the pom).
 */
public final class CsvTable {
    private static final String FORMULA_START = "=+-@\t\r";
    private static final String CELL_BREAK = ",;\t\r\n";
    private static final CSVFormat AS_NEEDED = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).build();
    private static final CSVFormat QUOTED = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).build();

    private final StringBuilder out = new StringBuilder();

    /** Appends one record; {@code null} is an empty cell, a {@link Number} a number, anything else text. */
    public CsvTable row(Object... cells) {
        try {
            for (int i = 0; i < cells.length; i++) {
                print(cells[i], out, i == 0);
            }
            AS_NEEDED.println(out);
        } catch (IOException cannot) {
            // A StringBuilder never throws; the signature is Appendable's.
            throw new UncheckedIOException(cannot);
        }
        return this;
    }

    /** Everything written so far. */
    public String text() {
        return out.toString();
    }

    /** One cell as written. */
    static String cell(Object value) {
        StringBuilder one = new StringBuilder();
        try {
            print(value, one, true);
        } catch (IOException cannot) {
            throw new UncheckedIOException(cannot);
        }
        return one.toString();
    }

    private static void print(Object value, StringBuilder to, boolean first) throws IOException {
        if (value == null) {
            AS_NEEDED.print("", to, first);
        } else if (value instanceof BigDecimal d) {
            AS_NEEDED.print(d.toPlainString(), to, first);
        } else if (value instanceof Number n) {
            AS_NEEDED.print(n.toString(), to, first);
        } else {
            String text = disarmed(value.toString());
            (mustQuote(text) ? QUOTED : AS_NEEDED).print(text, to, first);
        }
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
