package io.promisekeeper.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample log with every column and status renamed: nothing in the build may depend on the names, so the
 * time split gives exactly the same figures, and the case split (for censored logs) still clears 1.3.
 */
class RenamedSampleLogTest {
    @TempDir
    static Path dir;
    static Path renamed;

    @BeforeAll
    static void rename() throws Exception {
        renamed = dir.resolve("renamed.csv.gz");
        Map<String, String> statuses = new HashMap<>();
        try (InputStream raw = RenamedSampleLogTest.class.getResourceAsStream(LogSource.SAMPLE + LogSource.SAMPLE_LOG);
             BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
             BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                     new GZIPOutputStream(Files.newOutputStream(renamed)), StandardCharsets.UTF_8))) {
            String[] header = in.readLine().split(",", -1);
            StringBuilder names = new StringBuilder();
            for (int c = 0; c < header.length; c++) {
                names.append(c == 0 ? "" : ",").append("col").append(c);
            }
            out.write(names.append('\n').toString());
            String line;
            while ((line = in.readLine()) != null) {
                String[] cells = line.split(",", -1);
                cells[1] = statuses.computeIfAbsent(cells[1], s -> "state-" + statuses.size());
                out.write(String.join(",", cells));
                out.write('\n');
            }
        }
    }

    private static JsonNode backtest(String split, Path out) throws Exception {
        // number=col0, incident_state=col1, opened_at=col9, sys_updated_at=col13, priority=col22,
        // closed_code/resolved_by/resolved_at/closed_at=col32..35, made_sla=col6, caused_by=col31
        int exit = PromiseKeeperCli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "backtest", "--log", renamed.toString(), "--case", "col0", "--time", "col13", "--status", "col1",
                "--opened", "col9", "--resolved", "col34", "--segment", "col22",
                "--exclude", "col32,col33,col34,col35,col6,col31", "--split", split, "--out", out.toString());
        assertThat(exit).isZero();
        return new ObjectMapper().readTree(out.resolve("report.json").toFile());
    }

    @Test
    void renamedColumnsAndStatusesGiveTheSameFigures() throws Exception {
        JsonNode renamedReport = backtest("time", dir.resolve("time"));
        JsonNode original = new ObjectMapper().readTree(sampleReport().toFile());

        assertThat(renamedReport.get("headline").get("line")).isEqualTo(original.get("headline").get("line"));
        assertThat(renamedReport.get("baseline")).isEqualTo(original.get("baseline"));
    }

    @Test
    void caseSplitClearsTheBarForCensoredLogs() throws Exception {
        JsonNode report = backtest("case", dir.resolve("case"));
        assertThat(report.at("/headline/gain").asDouble()).isGreaterThanOrEqualTo(1.3);
    }

    private static Path sampleReport() {
        Path out = dir.resolve("sample");
        int exit = PromiseKeeperCli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "backtest", "--out", out.toString());
        assertThat(exit).isZero();
        return out.resolve("report.json");
    }
}
