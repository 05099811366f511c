package io.promisekeeper.core.settings;

import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.notice.ContactCap;
import io.promisekeeper.core.notice.NoticePolicy;
import io.promisekeeper.core.notice.QuietHours;
import io.promisekeeper.core.rules.RuleMode;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * The instance-wide notice settings an administrator sets: quiet hours, contact cap, minimum lead time, how often
 * the scheduler job runs, the mode new rules start in, the business calendar, and the Jira users the app speaks and
 * reads as.
 *
 * @param noticeAuthor the Jira user (key or name) automatic notices are posted as; empty: the ticket's assignee
 * @param slaReader the Jira user (key or name) SLA facts of unassigned tickets are read as; empty: the project lead
 * @param forecastTarget the operating point: false notices per breached promise the administrator accepts; the
 *     learnt forecast is used only if it warns earlier than the fixed timer at this point on the instance's history
 */
public record NoticeSettings(QuietHours quietHours, ContactCap contactCap, Duration minimumLead,
                             int jobIntervalMinutes, RuleMode defaultMode, BusinessCalendar calendar,
                             String noticeAuthor, String slaReader, double forecastTarget) {
    /** Longest user key or name accepted (Jira's own column width). */
    public static final int MAX_USER = 255;

    /** The job runs at least once a day and at most once a minute. */
    public static final int MIN_INTERVAL = 1;
    /** Once a day, in minutes. */
    public static final int MAX_INTERVAL = 1440;
    /** Beyond a week of lead time no at-risk promise would ever get a notice. */
    public static final Duration MAX_LEAD = Duration.ofDays(7);
    /** The operating point until an administrator sets one: a quarter of a false notice per breach. */
    public static final double DEFAULT_FORECAST_TARGET = 0.25;
    /** The operating points a headline can be given at (see docs/backtest.md): 0.15 to 0.35. */
    public static final double MIN_FORECAST_TARGET = 0.15;
    public static final double MAX_FORECAST_TARGET = 0.35;
    /** Most holidays one calendar lists; a decade of public holidays fits. */
    public static final int MAX_HOLIDAYS = 400;

    public NoticeSettings {
        Objects.requireNonNull(quietHours, "quietHours");
        Objects.requireNonNull(contactCap, "contactCap");
        Objects.requireNonNull(minimumLead, "minimumLead");
        Objects.requireNonNull(defaultMode, "defaultMode");
        Objects.requireNonNull(calendar, "calendar");
        noticeAuthor = user(noticeAuthor, "noticeAuthor");
        slaReader = user(slaReader, "slaReader");
        if (minimumLead.isNegative() || minimumLead.compareTo(MAX_LEAD) > 0) {
            throw new IllegalArgumentException("minimumLead must be between zero and 7 days: " + minimumLead);
        }
        if (jobIntervalMinutes < MIN_INTERVAL || jobIntervalMinutes > MAX_INTERVAL) {
            throw new IllegalArgumentException("jobIntervalMinutes must be between 1 and 1440: " + jobIntervalMinutes);
        }
        if (!(forecastTarget >= MIN_FORECAST_TARGET && forecastTarget <= MAX_FORECAST_TARGET)) {
            throw new IllegalArgumentException("forecastTarget must be between 0.15 and 0.35: " + forecastTarget);
        }
        if (contactCap.perWeek() < contactCap.perDay()) {
            throw new IllegalArgumentException("the weekly cap cannot be below the daily cap");
        }
    }

    /** Settings at the default operating point. */
    public NoticeSettings(QuietHours quietHours, ContactCap contactCap, Duration minimumLead, int jobIntervalMinutes,
                          RuleMode defaultMode, BusinessCalendar calendar, String noticeAuthor, String slaReader) {
        this(quietHours, contactCap, minimumLead, jobIntervalMinutes, defaultMode, calendar, noticeAuthor, slaReader,
                DEFAULT_FORECAST_TARGET);
    }

    /** Settings that speak as the assignee and read SLAs as the project lead. */
    public NoticeSettings(QuietHours quietHours, ContactCap contactCap, Duration minimumLead, int jobIntervalMinutes,
                          RuleMode defaultMode, BusinessCalendar calendar) {
        this(quietHours, contactCap, minimumLead, jobIntervalMinutes, defaultMode, calendar, "", "");
    }

    private static String user(String value, String field) {
        String v = value == null ? "" : value.strip();
        if (v.length() > MAX_USER) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_USER + " characters");
        }
        return v;
    }

    /** What an instance runs with before anyone saved settings: 21–8 quiet, 1 a day, 3 a week, 5 minutes. */
    public static NoticeSettings defaults(ZoneId zone) {
        return new NoticeSettings(new QuietHours(java.time.LocalTime.of(21, 0), java.time.LocalTime.of(8, 0)),
                new ContactCap(1, 3), Duration.ofHours(1), 5, RuleMode.APPROVAL,
                BusinessCalendar.weekdays("default", zone, 9, 17, Set.of()));
    }

    /** The notice policy these settings make. */
    public NoticePolicy policy() {
        return new NoticePolicy(quietHours, contactCap, minimumLead);
    }
}
