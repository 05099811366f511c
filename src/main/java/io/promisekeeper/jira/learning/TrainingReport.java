package io.promisekeeper.jira.learning;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.message.I18nResolver;
import io.promisekeeper.core.learning.ForecastStatus;
import io.promisekeeper.core.learning.ForecastTraining;
import io.promisekeeper.jira.panel.ForecastStatusText;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Function;

/**
 * The training job's report in Jira's default language (a job runs without a user). Jira's scheduler page shows
 * the report as stored, so it cannot be said again in each reader's language; the instance's language is the one
 * its administrators share. The forecast's verdict is worded as the panel and admin page word it.
 */
public final class TrainingReport implements Function<ForecastTraining.Outcome, String> {
    private final I18nResolver i18n;
    private final JiraAuthenticationContext authentication;

    public TrainingReport(I18nResolver i18n, JiraAuthenticationContext authentication) {
        this.i18n = i18n;
        this.authentication = authentication;
    }

    /** What the job says when Jira cancels it before it starts. */
    public String cancelled() {
        return i18n.getText(locale(), "promise-keeper.msg.job.cancelled");
    }

    @Override
    public String apply(ForecastTraining.Outcome outcome) {
        Locale locale = locale();
        if (!outcome.trained() || outcome.choice() == null) {
            return i18n.getText(locale, "promise-keeper.msg.job.trainingTooFew",
                    Integer.toString(outcome.trainingTickets()), Integer.toString(ForecastTraining.MIN_TRAINING_TICKETS));
        }
        ForecastStatus status = ForecastStatus.validated(outcome.at(), outcome.trainingTickets(),
                ForecastTraining.MIN_TRAINING_TICKETS, outcome.choice());
        return i18n.getText(locale, "promise-keeper.msg.job.trained", Integer.toString(outcome.trainingTickets()),
                Integer.toString(outcome.readTickets()), ForecastStatusText.of(status, i18n, locale, ZoneOffset.UTC));
    }

    private Locale locale() {
        return authentication.getLocale() == null ? Locale.ENGLISH : authentication.getLocale();
    }
}
