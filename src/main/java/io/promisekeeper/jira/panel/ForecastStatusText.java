package io.promisekeeper.jira.panel;

import com.atlassian.sal.api.message.I18nResolver;
import io.promisekeeper.core.learning.ForecastStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Says in the reader's language which forecast decides "at risk": the learnt one, or the fixed timer and why. */
public final class ForecastStatusText {
    private ForecastStatusText() {
    }

    /** Plain text; escape it for its output. */
    public static String of(ForecastStatus status, I18nResolver i18n, Locale locale, ZoneId zone) {
        if (status.mode() == ForecastStatus.Mode.MODEL) {
            String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone)
                    .format(status.trainedAt());
            return i18n.getText(locale, "promise-keeper.forecast.model", status.resolvedTickets(), day);
        }
        if (status.damaged()) {
            return i18n.getText(locale, "promise-keeper.forecast.unreadable");
        }
        return i18n.getText(locale, "promise-keeper.forecast.fallback", status.resolvedTickets(), status.neededTickets());
    }
}
