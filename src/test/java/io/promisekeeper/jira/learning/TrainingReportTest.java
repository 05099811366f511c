package io.promisekeeper.jira.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import io.promisekeeper.core.backtest.ForecastChoice;
import io.promisekeeper.core.learning.ForecastTraining;
import io.promisekeeper.standin.BundleTexts;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The training job's report, in the language Jira gives a job (its default), with the forecast's verdict. */
class TrainingReportTest {
    private static final Instant AT = Instant.parse("2026-03-01T02:30:00Z");
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final TrainingReport report = new TrainingReport(new BundleTexts(), authentication);

    @Test
    void tooLittleHistoryIsSaidInJirasLanguage() {
        ForecastTraining.Outcome outcome = new ForecastTraining.Outcome(AT, 40, 12, false, null);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        assertThat(report.apply(outcome)).isEqualTo(outcome.summary());
        when(authentication.getLocale()).thenReturn(Locale.forLanguageTag("nl-NL"));
        assertThat(report.apply(outcome)).isEqualTo("nog niet genoeg geschiedenis: 12 bruikbare opgeloste tickets, "
                + ForecastTraining.MIN_TRAINING_TICKETS + " nodig");
        assertThat(report.cancelled()).isEqualTo("geannuleerd voordat de taak begon");
    }

    @Test
    void aTrainedForecastSaysOnHowManyTicketsAndTheVerdict() {
        ForecastTraining.Outcome outcome = new ForecastTraining.Outcome(AT, 900, 850, true, new ForecastChoice(
                ForecastChoice.Policy.TIMER, ForecastChoice.Reason.NO_GAIN, 157, 31, 0.58, 0.25, 0.21, 0.24, 0.25));
        when(authentication.getLocale()).thenReturn(Locale.forLanguageTag("nl-NL"));
        assertThat(report.apply(outcome)).startsWith("getraind op 850 van 900 opgeloste tickets; ")
                .contains("0,58\u00d7 de timer op uw laatste 157 tickets").doesNotContain("learnt", "resolved");
    }
}
