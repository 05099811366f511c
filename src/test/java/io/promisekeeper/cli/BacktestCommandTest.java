package io.promisekeeper.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class BacktestCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PromiseKeeperCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** A CSV log whose column and status names resemble nothing in the sample log. */
    private Path generatedLog(String segmentName) throws Exception {
        StringBuilder csv = new StringBuilder("ticket,when,phase,lane,tier\n");
        Random random = new Random(3);
        for (int i = 0; i < 300; i++) {
            String lane = random.nextBoolean() ? "north" : "south";
            int hours = 1 + random.nextInt(40) + (lane.equals("south") ? random.nextInt(60) : 0);
            String tier = i % 2 == 0 ? segmentName : "gold";
            csv.append("K").append(i).append(",2020-01-01T00:00:00Z".replace("01T00", String.format("%02dT%02d", 1 + i / 24, i % 24)))
                    .append(",open,").append(lane).append(',').append(tier).append('\n');
            csv.append("K").append(i).append(',').append(java.time.Instant.parse(
                            String.format("2020-01-%02dT%02d:00:00Z", 1 + i / 24, i % 24)).plusSeconds(3600L * hours))
                    .append(",shut,").append(lane).append(',').append(tier).append('\n');
        }
        Path file = dir.resolve("other.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void backtestsAnyMappedCsvAndEndsWithTheHeadline() throws Exception {
        Path log = generatedLog("<script>alert(1)</script>");
        Path out = dir.resolve("report");
        Run run = cli("backtest", "--log", log.toString(), "--case", "ticket", "--time", "when", "--status", "phase",
                "--resolved-when", "shut", "--segment", "tier", "--split", "case", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\\R");
        assertThat(lines[lines.length - 1]).startsWith("headline: gain ");
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(report.at("/tickets/train").asInt() + report.at("/tickets/test").asInt()).isEqualTo(300);
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script");
    }

    @Test
    void missingFileIsOneClearLineAndANonZeroExit() {
        Run run = cli("backtest", "--log", dir.resolve("nope.csv").toString(), "--case", "a", "--time", "b", "--status", "c");

        assertThat(run.exit()).isNotZero();
        assertThat(run.err().strip()).startsWith("error: ").contains("nope.csv").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void unknownColumnNamesFileAndLine() throws Exception {
        Path log = generatedLog("silver");
        Run run = cli("backtest", "--log", log.toString(), "--case", "ticket", "--time", "at", "--status", "phase",
                "--out", dir.resolve("r").toString());

        assertThat(run.exit()).isNotZero();
        assertThat(run.err().strip()).startsWith("error: " + log + ":1: unknown column 'at'");
    }

    @Test
    void unparseableTimeNamesFileAndLine() throws Exception {
        Path log = dir.resolve("bad.csv");
        Files.writeString(log, "ticket,when,phase\nK1,2020-01-01T00:00:00Z,open\nK1,later,shut\n");
        Run run = cli("backtest", "--log", log.toString(), "--case", "ticket", "--time", "when", "--status", "phase",
                "--out", dir.resolve("r").toString());

        assertThat(run.exit()).isNotZero();
        assertThat(run.err().strip()).startsWith("error: " + log + ":3: column 'when': cannot read time 'later'");
    }

    @Test
    void badOptionValuesAreClearErrors() {
        Run split = cli("backtest", "--split", "sideways", "--out", dir.resolve("r").toString());
        assertThat(split.exit()).isNotZero();
        assertThat(split.err()).contains("--split must be time or case");

        Run regex = cli("backtest", "--resolved-when", "([", "--out", dir.resolve("r").toString());
        assertThat(regex.exit()).isNotZero();
        assertThat(regex.err()).contains("--resolved-when is not a valid regular expression");
    }

    @Test
    void readsXesAndJiraJsonChosenByFileName() throws Exception {
        Path xes = dir.resolve("log.xes");
        Files.writeString(xes, io.promisekeeper.cli.log.XesLogReaderTest.XES);
        Run xesRun = cli("backtest", "--log", xes.toString(), "--out", dir.resolve("x").toString());
        // Too few tickets for a segment: a clean run with nothing to test, not a crash.
        assertThat(xesRun.exit()).as(xesRun.err()).isZero();
        assertThat(Files.exists(dir.resolve("x/report.json"))).isTrue();

        Path json = dir.resolve("search.json");
        Files.writeString(json, io.promisekeeper.cli.log.JiraSearchReaderTest.SEARCH);
        Run jsonRun = cli("backtest", "--log", json.toString(), "--out", dir.resolve("j").toString());
        assertThat(jsonRun.exit()).as(jsonRun.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(dir.resolve("j/report.json").toFile());
        assertThat(report.at("/tickets/leftOut").asInt()).isEqualTo(2); // one never resolved, one in a tiny segment
    }
}
