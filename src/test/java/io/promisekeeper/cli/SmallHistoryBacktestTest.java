package io.promisekeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new customer's history: the sample log cut to its first 400 cases. Too few held-out breaches to trust the
 * learnt forecast, so the app keeps the fixed timer, and the headline says so at gain 1 instead of a worse figure.
 */
class SmallHistoryBacktestTest {
    @TempDir
    Path out;

    @Test
    void aSmallCutKeepsTheTimerAndItsHeadlineIsTheTimerAgainstItself() throws Exception {
        StringWriter text = new StringWriter();
        int exit = PromiseKeeperCli.run(new PrintWriter(text), new PrintWriter(new StringWriter()), "backtest",
                "--limit-cases", "400", "--out", out.toString());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());

        assertThat(exit).isZero();
        assertThat(report.at("/tickets/train").asInt() + report.at("/tickets/test").asInt()
                + report.at("/tickets/leftOut").asInt()).isEqualTo(400);
        assertThat(report.at("/chosen").asText()).isEqualTo("timer");
        assertThat(report.at("/validation/reason").asText()).isEqualTo("TOO_FEW_BREACHES");
        assertThat(report.at("/headline/policy").asText()).isEqualTo("timer");
        assertThat(report.at("/headline/gain").asDouble()).isEqualTo(1.0);
        assertThat(report.at("/headline/falsePerBreach").asDouble()).isBetween(0.15, 0.35);
        // The learnt forecast's own curve and headline are still reported, whatever was chosen.
        assertThat(report.get("forecast").size()).isGreaterThan(100);
        assertThat(report.at("/learntHeadline/policy").asText()).isEqualTo("learnt");
        String[] lines = text.toString().strip().split("\\R");
        assertThat(lines[lines.length - 1]).startsWith("headline: gain 1.00 at 0.25 false notices per breach (fixed timer kept");
    }

    @Test
    void aNegativeCutIsRefusedNamingTheOption() {
        StringWriter errors = new StringWriter();
        int exit = PromiseKeeperCli.run(new PrintWriter(new StringWriter()), new PrintWriter(errors), "backtest",
                "--limit-cases", "-1", "--out", out.toString());
        assertThat(exit).isNotZero();
        assertThat(errors.toString()).contains("--limit-cases");
    }
}
