package io.promisekeeper.jira.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.MessageKey;
import io.promisekeeper.core.notice.RoundReport;
import io.promisekeeper.standin.BundleTexts;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The notice job's report reads the same in English as before, and in Dutch for a Dutch Jira. */
class RoundReportWordsTest {
    private static final MessageText ENGLISH = new MessageText(new BundleTexts(), Locale.ENGLISH, ZoneOffset.UTC);
    private static final MessageText DUTCH = new MessageText(new BundleTexts(), Locale.forLanguageTag("nl"),
            ZoneOffset.UTC);

    @Test
    void aReportOfNoticesOnlyReadsAsItsEnglishTextAndInDutch() {
        RoundReport report = new RoundReport(12, 3, 2, 1, 0, 1, 0, 4);
        assertThat(ENGLISH.of(report.message())).isEqualTo(report.toString());
        assertThat(DUTCH.of(report.message()))
                .isEqualTo("12 tickets: 3 verstuurd, 2 als concept, 1 vastgehouden, 0 vervallen, 1 teamtaken, 0 mislukt,"
                        + " 4 verloren");
    }

    @Test
    void skippedGesturesSayWhyInTheReadersLanguage() {
        RoundReport skipped = new RoundReport(2, 0, 0, 0, 0, 0, 0, 0, 1, 2,
                List.of("SD-1 call: the customer already has 1 gesture(s) this month, at most 1",
                        "SD-2 flowers: the project's budget this month would be exceeded: 40.00 spent or promised,"
                                + " 15.00 more, budget 50.00"),
                List.of(MessageKey.of("round.skipped", "SD-1", "call", MessageKey.of("delight.customerLimit", 1L, 1L)),
                        MessageKey.of("round.skipped", "SD-2", "flowers",
                                MessageKey.of("delight.projectBudget", "40.00", "15.00", "50.00"))));
        RoundReport report = new RoundReport(1, 1, 0, 0, 0, 0, 0, 0).plus(skipped);
        assertThat(ENGLISH.of(report.message())).isEqualTo(report.toString().replace("; ", ", "));
        assertThat(DUTCH.of(report.message())).startsWith("3 tickets: 1 verstuurd")
                .contains("1 attenties voorgesteld, 2 overgeslagen",
                        "SD-1 call: de klant heeft deze maand al 1 attentie(s), hoogstens 1",
                        "SD-2 flowers: het budget van het project deze maand zou worden overschreden: 40.00");
    }

    @Test
    void reasonsFromElsewhereAreSaidAsTheyAre() {
        RoundReport report = new RoundReport(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, List.of("SD-3 call: something else"));
        assertThat(DUTCH.of(report.message())).endsWith("(SD-3 call: something else)");
    }
}
