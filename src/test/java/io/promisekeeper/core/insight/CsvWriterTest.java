package io.promisekeeper.core.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
    @Test
    void plainFieldsStayAsTheyAreAndRecordsEndInCrLf() {
        assertThat(new CsvWriter().row("a", 1, null, new BigDecimal("12.50")).row("b").text())
                .isEqualTo("a,1,,12.50\r\nb\r\n");
    }

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(CsvWriter.field("Smith, Anna")).isEqualTo("\"Smith, Anna\"");
        assertThat(CsvWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(CsvWriter.field(" padded ")).isEqualTo("\" padded \"");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDisarmed() {
        assertThat(CsvWriter.field("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvWriter.field("+31 20 123")).isEqualTo("'+31 20 123");
        assertThat(CsvWriter.field("-2")).isEqualTo("'-2");
        assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.field("\tTAB")).isEqualTo("\"'\tTAB\"");
        assertThat(CsvWriter.field("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assertThat(CsvWriter.field("a=b")).isEqualTo("a=b");
        // Numbers are ours, not user text: a negative number stays a number.
        assertThat(CsvWriter.field(-2)).isEqualTo("-2");
    }
}
