package io.promisekeeper.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The protocol on the bundled sample log reproduces the reference numbers of docs/backtest.md; the forecast beats the timer. */
class SampleLogBacktestTest {
    @TempDir
    static Path out;
    static JsonNode report;
    static String stdout;
    static int exit;

    @BeforeAll
    static void runBacktest() throws Exception {
        StringWriter text = new StringWriter();
        StringWriter errors = new StringWriter();
        exit = PromiseKeeperCli.run(new PrintWriter(text), new PrintWriter(errors), "backtest", "--out", out.toString());
        stdout = text.toString();
        report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    }

    @Test
    void reproducesTheReferenceTicketsAndTargets() {
        assertThat(exit).isZero();
        assertThat(report.at("/tickets/test").asInt()).isEqualTo(9345);
        assertThat(report.at("/tickets/breaches").asInt()).isEqualTo(1073);
        assertThat(Math.round(report.at("/targets/1").asDouble())).isEqualTo(350);
        assertThat(Math.round(report.at("/targets/2").asDouble())).isEqualTo(358);
        assertThat(Math.round(report.at("/targets/3").asDouble())).isEqualTo(241);
        assertThat(Math.round(report.at("/targets/4").asDouble())).isEqualTo(319);
    }

    @Test
    void reproducesTheReferenceFixedTimer() {
        List<Integer> falseNotices = new ArrayList<>();
        List<String> leads = new ArrayList<>();
        List<Double> settings = new ArrayList<>();
        for (JsonNode point : report.get("baseline")) {
            settings.add(point.get("h").asDouble());
            falseNotices.add(point.get("falseNotices").asInt());
            leads.add(String.format(java.util.Locale.ROOT, "%.1f", point.get("meanLeadHours").asDouble()));
        }
        assertThat(settings).containsExactly(0.05, 0.10, 0.20, 0.30, 0.50);
        assertThat(falseNotices).containsExactly(36, 77, 189, 343, 792);
        assertThat(leads).containsExactly("12.1", "24.3", "48.5", "72.8", "121.3");
    }

    @Test
    void forecastGainsAtLeastHalfAgainTheTimersLead() {
        assertThat(report.at("/headline/gain").asDouble()).isGreaterThanOrEqualTo(1.5);
        assertThat(report.at("/headline/falsePerBreach").asDouble()).isBetween(0.2, 0.3);
    }

    @Test
    void withThisMuchHistoryTheAppWouldChooseTheLearntForecastAndTheHeadlineIsOnIt() {
        assertThat(report.at("/chosen").asText()).isEqualTo("learnt");
        assertThat(report.at("/validation/reason").asText()).isEqualTo("BEATS_TIMER");
        assertThat(report.at("/validation/holdoutTickets").asInt()).isGreaterThan(1000);
        assertThat(report.at("/validation/gain").asDouble()).isGreaterThan(1.0);
        assertThat(report.at("/validation/brier").asDouble()).isLessThan(report.at("/validation/baseRateBrier").asDouble());
        assertThat(report.at("/headline/policy").asText()).isEqualTo("learnt");
        assertThat(report.get("headline")).isEqualTo(report.get("learntHeadline"));
        assertThat(stdout).contains("\nchosen: learnt\n");
    }

    @Test
    void printsTheHeadlineAsTheLastLine() {
        String[] lines = stdout.strip().split("\\R");
        assertThat(lines[lines.length - 1]).matches(
                "headline: gain \\d+\\.\\d\\d at \\d+\\.\\d\\d false notices per breach \\(forecast lead \\d+\\.\\d h, fixed timer \\d+\\.\\d h\\)");
    }

    @Test
    void reportHasTheBenchmarkKeys() throws Exception {
        for (String key : new String[]{"tickets", "targets", "baseline", "forecast", "calibration", "headline"}) {
            assertThat(report.has(key)).as(key).isTrue();
        }
        for (String key : new String[]{"train", "test", "leftOut", "breaches"}) {
            assertThat(report.get("tickets").has(key)).as(key).isTrue();
        }
        JsonNode point = report.get("forecast").get(0);
        for (String key : new String[]{"threshold", "notices", "falseNotices", "falsePerBreach", "recall", "meanLeadHours"}) {
            assertThat(point.has(key)).as(key).isTrue();
        }
        assertThat(report.at("/calibration/brier").asDouble()).isBetween(0.0, 0.25);
        assertThat(report.at("/calibration/bins")).hasSize(10);
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("<svg").doesNotContain("<script").doesNotContain("src=\"http");
        assertThat(html).contains("Policy the app would choose: learnt forecast").contains("Brier score of the base rate");
    }
}
