package io.promisekeeper.jira.panel;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.promisekeeper.core.learning.ForecastStatus;
import io.promisekeeper.core.promise.PromiseChange;
import io.promisekeeper.core.view.TimeLeft;
import io.promisekeeper.jira.access.Viewer;
import io.promisekeeper.jira.text.MessageText;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The panel's words in the viewer's language, and moments in the viewer's time zone. Plain text, not escaped. */
public final class PanelTexts {
    static final String PREFIX = "promise-keeper.panel.";
    private static final DateTimeFormatter INPUT_VALUE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private final I18nResolver i18n;
    private final UserManager users;
    private final Locale locale;
    private final ZoneId zone;
    private final String viewerKey;
    private final DateTimeFormatter moments;
    private final Map<String, String> names = new HashMap<>();
    private final MessageText messages;

    public PanelTexts(I18nResolver i18n, UserManager users, Viewer viewer) {
        this.i18n = i18n;
        this.users = users;
        this.locale = viewer.locale();
        this.zone = viewer.zone();
        this.viewerKey = viewer.userKey();
        this.moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        this.messages = new MessageText(i18n, locale, zone);
    }

    /** A reason or note from the domain in the viewer's language; what a person wrote stays as written. */
    public String message(String text) {
        return messages.of(text);
    }

    /** The text of {@code promise-keeper.panel.<key>}. */
    public String text(String key, Serializable... args) {
        return i18n.getText(locale, PREFIX + key, args);
    }

    public String timeLeft(TimeLeft left) {
        return text((left.overdue() ? "late." : "left.") + left.unit().name(), left.amount());
    }

    /** A moment as the viewer reads it, in their time zone. */
    public String moment(Instant instant) {
        return moments.format(instant);
    }

    /** A moment as a {@code datetime-local} input holds it, in the viewer's time zone. */
    public String inputValue(Instant instant) {
        return INPUT_VALUE.format(instant.atZone(zone));
    }

    /** A user's full name, or their key when the profile is gone; the app itself has a name too. */
    public String person(String userKey) {
        if (userKey == null) {
            return "";
        }
        if (PromiseChange.SYSTEM.equals(userKey)) {
            return "Promise Keeper";
        }
        return names.computeIfAbsent(userKey, key -> {
            UserProfile profile = users.getUserProfile(new UserKey(key));
            return profile == null || profile.getFullName() == null ? key : profile.getFullName();
        });
    }

    /** Which forecast decides "at risk", as the admin page says it too. */
    public String forecast(ForecastStatus status) {
        return ForecastStatusText.of(status, i18n, locale, zone);
    }

    /** A language tag ({@code nl}, {@code en-GB}) named in the viewer's language; the tag itself when unknown. */
    public String language(String tag) {
        Locale language = Locale.forLanguageTag(tag == null ? "" : tag.replace('_', '-'));
        String name = language.getDisplayLanguage(locale);
        return name.isEmpty() ? String.valueOf(tag) : name;
    }

    /** The viewer's own name, as {@link #person} gives it. */
    public String viewerName() {
        return person(viewerKey);
    }

    /** The viewer's primary language subtag ({@code nl}, {@code en}). */
    public String languageTag() {
        return locale.getLanguage();
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }
}
