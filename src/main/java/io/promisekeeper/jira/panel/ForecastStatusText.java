package io.promisekeeper.jira.panel;

import com.atlassian.sal.api.message.I18nResolver;
import io.promisekeeper.core.backtest.ForecastChoice;
import io.promisekeeper.core.backtest.ForecastValidation;
import io.promisekeeper.core.learning.ForecastStatus;
import java.text.NumberFormat;
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
        ForecastChoice choice = status.choice();
        if (status.mode() == ForecastStatus.Mode.MODEL) {
            String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone)
                    .format(status.trainedAt());
            if (choice != null) {
                return i18n.getText(locale, "promise-keeper.forecast.validated.learnt", status.resolvedTickets(), day,
                        number(choice.gain(), 2, locale), choice.holdoutTickets());
            }
            return i18n.getText(locale, "promise-keeper.forecast.model", status.resolvedTickets(), day);
        }
        if (status.damaged()) {
            return i18n.getText(locale, "promise-keeper.forecast.unreadable");
        }
        if (choice != null) {
            return rejected(choice, i18n, locale);
        }
        return i18n.getText(locale, "promise-keeper.forecast.fallback", status.resolvedTickets(), status.neededTickets());
    }

    private static String rejected(ForecastChoice choice, I18nResolver i18n, Locale locale) {
        return switch (choice.reason()) {
            case TOO_FEW_BREACHES -> i18n.getText(locale, "promise-keeper.forecast.validated.fewbreaches",
                    choice.holdoutBreaches(), choice.holdoutTickets());
            case NO_OPERATING_POINT -> i18n.getText(locale, "promise-keeper.forecast.validated.nopoint",
                    number(choice.target(), 2, locale), choice.holdoutTickets());
            case WORSE_THAN_BASE_RATE -> i18n.getText(locale, "promise-keeper.forecast.validated.brier",
                    number(choice.gain(), 2, locale), choice.holdoutTickets(), number(choice.brier(), 3, locale),
                    number(choice.baseRateBrier(), 3, locale));
            case NO_GAIN, BEATS_TIMER -> choice.gain() > 1
                    ? i18n.getText(locale, "promise-keeper.forecast.validated.margin", number(choice.gain(), 2, locale),
                    choice.holdoutTickets(), number(ForecastValidation.requiredGain(choice.holdoutBreaches()), 2, locale),
                    choice.holdoutBreaches())
                    : i18n.getText(locale, "promise-keeper.forecast.validated.nogain",
                    number(choice.gain(), 2, locale), choice.holdoutTickets());
        };
    }

    // Preformatted, so "0.58" reads "0,58" in Dutch whatever the message formatter does with numbers.
    private static String number(double value, int decimals, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
