package io.promisekeeper.jira.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.io.StringReader;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

public class CsvTableTest {
    @Test
    void plainFieldsStayAsTheyAreAndRecordsEndInCrLf() {
        assertThat(new CsvTable().row("a", 1, null, new BigDecimal("12.50")).row("b").text())
                .isEqualTo("a,1,,12.50\r\nb\r\n");
    }

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(CsvTable.cell("Smith, Anna")).isEqualTo("\"Smith, Anna\"");
        assertThat(CsvTable.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvTable.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvTable.cell("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(CsvTable.cell(" padded ")).isEqualTo("\" padded \"");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDisarmed() {
        assertThat(CsvTable.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvTable.cell("+31 20 123")).isEqualTo("'+31 20 123");
        assertThat(CsvTable.cell("-2")).isEqualTo("'-2");
        assertThat(CsvTable.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvTable.cell("\tTAB")).isEqualTo("\"'\tTAB\"");
        assertThat(CsvTable.cell("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assertThat(CsvTable.cell("a=b")).isEqualTo("a=b");
        // Numbers are ours, not user text: a negative number stays a number.
        assertThat(CsvTable.cell(-2)).isEqualTo("-2");
    }

    @Test
    void cellsWithSemicolonsOrTabsAreQuotedSoEveryLocaleKeepsThemWhole() {
        assertThat(CsvTable.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(CsvTable.cell("a\tb")).isEqualTo("\"a\tb\"");
        assertThat(CsvTable.cell("x;=HYPERLINK(A1)")).isEqualTo("\"x;'=HYPERLINK(A1)\"");
        assertThat(CsvTable.cell("x, =1")).isEqualTo("\"x, '=1\"");
        assertThat(CsvTable.cell("a\n@cmd")).isEqualTo("\"a\n'@cmd\"");
        assertThat(CsvTable.cell("\t=1")).isEqualTo("\"'\t'=1\"");
        assertThat(CsvTable.cell(" =1")).isEqualTo("\" '=1\"");
    }

    /** What a user with a Dutch, German or French list separator sees: no cell of theirs starts a formula. */
    @Property(tries = 300)
    void noCellStartsAFormulaWhateverTheSeparator(@ForAll("hostile") String text, @ForAll("hostile") String other)
            throws Exception {
        String csv = new CsvTable().row(text, 1, other).text();
        assertThat(formulaStarts(csv)).as(csv).isEmpty();
        // An RFC 4180 reader with commas gets each value back whole, with the apostrophes as the only change.
        try (var records = CSVFormat.RFC4180.parse(new StringReader(csv))) {
            CSVRecord r = records.getRecords().get(0);
            assertThat(r.size()).isEqualTo(3);
            assertThat(r.get(0).replace("'", "")).isEqualTo(text.replace("'", ""));
            assertThat(r.get(2).replace("'", "")).isEqualTo(other.replace("'", ""));
        }
    }

    /**
     * Where a lenient spreadsheet reader could begin a cell that runs as a formula: after the start of the text or
     * any separator of any locale ({@code , ; tab}) or line break, past spaces and quotes.
     */
    public static java.util.List<Integer> formulaStarts(String csv) {
        java.util.List<Integer> found = new java.util.ArrayList<>();
        for (int i = 0; i < csv.length(); i++) {
            if (i == 0 || ",;\t\r\n".indexOf(csv.charAt(i - 1)) >= 0) {
                int j = i;
                while (j < csv.length() && (csv.charAt(j) == ' ' || csv.charAt(j) == '"')) {
                    j++;
                }
                if (j < csv.length() && "=+-@".indexOf(csv.charAt(j)) >= 0) {
                    found.add(j);
                }
            }
        }
        return found;
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.strings().withChars("=+-@;,\t\r\n\" 'ab1(").ofMaxLength(12);
    }
}
