package io.promisekeeper.core.settings;

import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.WorkingHours;
import io.promisekeeper.core.notice.ContactCap;
import io.promisekeeper.core.notice.QuietHours;
import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.InputBounds;
import io.promisekeeper.core.rules.RuleMode;
import io.promisekeeper.core.settings.json.JsonSyntax;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and writes {@link NoticeSettings} as JSON, strictly: every field is required, unknown fields are errors,
 * and every problem is reported at once with its path ({@code calendar.workingHours.monday.end: ...}).
 *
 * <pre>
 * {"quietHours": {"start": "21:00", "end": "08:00"}, "contactCap": {"perDay": 1, "perWeek": 3},
 *  "minimumLead": "PT1H", "jobIntervalMinutes": 5, "defaultMode": "approval",
 *  "calendar": {"zone": "Europe/Amsterdam", "workingHours": {"monday": {"start": "09:00", "end": "17:00"}},
 *               "holidays": ["2026-12-25"]},
 *  "noticeAuthor": "svc-notices", "slaReader": "svc-sla"}
 * </pre>
 *
 * <p>{@code noticeAuthor} and {@code slaReader} are optional; absent or empty means the default (the assignee, the
 * project lead). Whether such a user exists in Jira is checked by {@link AdminConfiguration} through a port.
 */
public final class NoticeSettingsJson {
    private static final Set<String> ROOT = Set.of("quietHours", "contactCap", "minimumLead", "jobIntervalMinutes",
            "defaultMode", "calendar", "noticeAuthor", "slaReader", "forecastTarget");
    private static final Set<String> SPAN = Set.of("start", "end");
    private static final Set<String> CAP = Set.of("perDay", "perWeek");
    private static final Set<String> CALENDAR = Set.of("zone", "workingHours", "holidays");
    private static final int MAX_CAP = 100;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private NoticeSettingsJson() {
    }

    /**
     * The settings in {@code json}.
     *
     * @throws InvalidSettings naming every problem; {@code $} is the document itself
     */
    public static NoticeSettings read(String json) {
        return SettingsDocument.read(json, (tree, errors) -> settings(tree, errors, null));
    }

    /**
     * The settings in {@code json} as an administrator saves them: as {@link #read(String)}, and every date (the
     * holidays) within {@link InputBounds}' window around {@code today}, as every other input. A stored document
     * is read without that check, so that a holiday which has since fallen out of the window still reads.
     *
     * @throws InvalidSettings naming every problem; {@code $} is the document itself
     */
    public static NoticeSettings read(String json, LocalDate today) {
        return SettingsDocument.read(json, (tree, errors) -> settings(tree, errors, today));
    }

    /** The settings as indented JSON that {@link #read} gives back equal. */
    public static String write(NoticeSettings s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("quietHours", span(s.quietHours().start(), s.quietHours().end()));
        Map<String, Object> cap = new LinkedHashMap<>();
        cap.put("perDay", s.contactCap().perDay());
        cap.put("perWeek", s.contactCap().perWeek());
        root.put("contactCap", cap);
        root.put("minimumLead", s.minimumLead().toString());
        root.put("jobIntervalMinutes", s.jobIntervalMinutes());
        root.put("defaultMode", s.defaultMode().name().toLowerCase(Locale.ROOT));
        Map<String, Object> calendar = new LinkedHashMap<>();
        calendar.put("zone", s.calendar().zone().getId());
        Map<String, Object> hours = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            WorkingHours h = s.calendar().hours().get(day);
            if (h != null) {
                hours.put(dayName(day), span(h.start(), h.end()));
            }
        }
        calendar.put("workingHours", hours);
        calendar.put("holidays", new TreeSet<>(s.calendar().holidays()).stream().map(LocalDate::toString).toList());
        root.put("calendar", calendar);
        // Written only when set, so a document saved before these existed reads and writes unchanged.
        if (!s.noticeAuthor().isEmpty()) {
            root.put("noticeAuthor", s.noticeAuthor());
        }
        if (!s.slaReader().isEmpty()) {
            root.put("slaReader", s.slaReader());
        }
        if (s.forecastTarget() != NoticeSettings.DEFAULT_FORECAST_TARGET) {
            root.put("forecastTarget", BigDecimal.valueOf(s.forecastTarget()));
        }
        return JsonSyntax.standard().write(root);
    }

    private static NoticeSettings settings(Object tree, List<FieldError> errors, LocalDate today) {
        Map<String, Object> root = object(tree, "$", errors);
        if (root == null) {
            return null;
        }
        known(root, ROOT, "", errors);
        QuietHours quiet = quietHours(root, errors);
        ContactCap cap = contactCap(root, errors);
        Duration lead = lead(root, errors);
        Integer interval = whole(root, "jobIntervalMinutes", "jobIntervalMinutes", NoticeSettings.MIN_INTERVAL,
                NoticeSettings.MAX_INTERVAL, errors);
        RuleMode mode = mode(root, errors);
        BusinessCalendar calendar = calendar(root, errors, today);
        String author = optionalUser(root, "noticeAuthor", errors);
        String slaReader = optionalUser(root, "slaReader", errors);
        double target = forecastTarget(root, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new NoticeSettings(quiet, cap, lead, interval, mode, calendar, author, slaReader, target);
    }

    private static double forecastTarget(Map<String, Object> root, List<FieldError> errors) {
        Object value = root.get("forecastTarget");
        if (value == null) {
            return NoticeSettings.DEFAULT_FORECAST_TARGET;
        }
        if (!(value instanceof BigDecimal n) || n.compareTo(BigDecimal.valueOf(NoticeSettings.MIN_FORECAST_TARGET)) < 0
                || n.compareTo(BigDecimal.valueOf(NoticeSettings.MAX_FORECAST_TARGET)) > 0) {
            errors.add(FieldError.of("forecastTarget", "must be a number of false notices per breach from 0.15 to 0.35",
                    "forecastTarget"));
            return NoticeSettings.DEFAULT_FORECAST_TARGET;
        }
        return n.doubleValue();
    }

    private static String optionalUser(Map<String, Object> root, String field, List<FieldError> errors) {
        Object value = root.get(field);
        if (value == null) {
            return "";
        }
        if (!(value instanceof String s)) {
            errors.add(FieldError.of(field, "must be a Jira user name or key (a string), or empty", "userNameOrKey"));
            return "";
        }
        if (s.strip().length() > NoticeSettings.MAX_USER) {
            errors.add(FieldError.of(field, "is longer than " + NoticeSettings.MAX_USER + " characters", "longer",
                    NoticeSettings.MAX_USER));
            return "";
        }
        return s.strip();
    }

    private static QuietHours quietHours(Map<String, Object> root, List<FieldError> errors) {
        Map<String, Object> m = required(root, "quietHours", "quietHours", errors);
        if (m == null) {
            return null;
        }
        known(m, SPAN, "quietHours", errors);
        LocalTime start = time(m, "start", "quietHours.start", errors);
        LocalTime end = time(m, "end", "quietHours.end", errors);
        if (start == null || end == null) {
            return null;
        }
        try {
            return new QuietHours(start, end);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("quietHours.end", "quiet hours may last at most 20 hours", "quietHours"));
            return null;
        }
    }

    private static ContactCap contactCap(Map<String, Object> root, List<FieldError> errors) {
        Map<String, Object> m = required(root, "contactCap", "contactCap", errors);
        if (m == null) {
            return null;
        }
        known(m, CAP, "contactCap", errors);
        Integer day = whole(m, "perDay", "contactCap.perDay", 1, MAX_CAP, errors);
        Integer week = whole(m, "perWeek", "contactCap.perWeek", 1, MAX_CAP * 7, errors);
        if (day == null || week == null) {
            return null;
        }
        if (week < day) {
            errors.add(FieldError.of("contactCap.perWeek", "must be at least the daily cap (" + day + ")", "weeklyCap", day));
            return null;
        }
        return new ContactCap(day, week);
    }

    private static Duration lead(Map<String, Object> root, List<FieldError> errors) {
        String text = text(root, "minimumLead", "minimumLead", errors);
        if (text == null) {
            return null;
        }
        try {
            Duration d = Duration.parse(text);
            if (d.isNegative() || d.compareTo(NoticeSettings.MAX_LEAD) > 0) {
                errors.add(FieldError.of("minimumLead", "must be between zero and 7 days", "upTo7Days"));
                return null;
            }
            return d;
        } catch (DateTimeParseException | ArithmeticException e) {
            errors.add(FieldError.of("minimumLead", "must be an ISO-8601 duration like PT30M or PT2H", "duration"));
            return null;
        }
    }

    private static RuleMode mode(Map<String, Object> root, List<FieldError> errors) {
        String text = text(root, "defaultMode", "defaultMode", errors);
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "approval" -> RuleMode.APPROVAL;
            case "automatic" -> RuleMode.AUTOMATIC;
            default -> {
                errors.add(FieldError.of("defaultMode", "must be \"approval\" or \"automatic\"", "mode"));
                yield null;
            }
        };
    }

    private static BusinessCalendar calendar(Map<String, Object> root, List<FieldError> errors, LocalDate today) {
        Map<String, Object> m = required(root, "calendar", "calendar", errors);
        if (m == null) {
            return null;
        }
        int before = errors.size();
        known(m, CALENDAR, "calendar", errors);
        ZoneId zone = null;
        String zoneText = text(m, "zone", "calendar.zone", errors);
        if (zoneText != null) {
            try {
                zone = ZoneId.of(zoneText);
            } catch (DateTimeException e) {
                errors.add(FieldError.of("calendar.zone", "is not a known time zone like Europe/Amsterdam", "unknownTimeZone"));
            }
        }
        Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        Map<String, Object> hours = required(m, "workingHours", "calendar.workingHours", errors);
        if (hours != null) {
            for (Map.Entry<String, Object> e : hours.entrySet()) {
                String path = "calendar.workingHours." + e.getKey();
                DayOfWeek day = day(e.getKey());
                if (day == null) {
                    errors.add(FieldError.of(path, "unknown day; known: monday … sunday", "unknownDay"));
                    continue;
                }
                Map<String, Object> span = object(e.getValue(), path, errors);
                if (span == null) {
                    continue;
                }
                known(span, SPAN, path, errors);
                LocalTime start = time(span, "start", path + ".start", errors);
                LocalTime end = time(span, "end", path + ".end", errors);
                if (start != null && end != null) {
                    if (!start.isBefore(end)) {
                        errors.add(FieldError.of(path + ".end", "must be after the start", "afterStart"));
                    } else {
                        week.put(day, new WorkingHours(start, end));
                    }
                }
            }
            if (hours.isEmpty()) {
                errors.add(FieldError.of("calendar.workingHours", "needs at least one working day", "workingDay"));
            }
        }
        Set<LocalDate> holidays = holidays(m, errors, today);
        if (errors.size() > before || zone == null) {
            return null;
        }
        return new BusinessCalendar("default", zone, week, holidays);
    }

    private static Set<LocalDate> holidays(Map<String, Object> m, List<FieldError> errors, LocalDate today) {
        Set<LocalDate> days = new TreeSet<>();
        if (!m.containsKey("holidays")) {
            errors.add(FieldError.of("calendar.holidays", "is required (an empty list for none)", "requiredList"));
            return days;
        }
        if (!(m.get("holidays") instanceof List<?> list)) {
            errors.add(FieldError.of("calendar.holidays", "must be an array of dates like 2026-12-25", "dateArray"));
            return days;
        }
        if (list.size() > NoticeSettings.MAX_HOLIDAYS) {
            errors.add(FieldError.of("calendar.holidays", "lists more than " + NoticeSettings.MAX_HOLIDAYS + " days",
                    "tooManyDays", NoticeSettings.MAX_HOLIDAYS));
            return days;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = "calendar.holidays[" + i + "]";
            if (!(list.get(i) instanceof String s)) {
                errors.add(FieldError.of(path, "must be a date like 2026-12-25", "date"));
                continue;
            }
            try {
                LocalDate day = LocalDate.parse(s);
                List<FieldError> outside = today == null ? List.of() : InputBounds.date(path, day, today);
                if (!outside.isEmpty()) {
                    errors.addAll(outside);
                } else if (!days.add(day)) {
                    errors.add(FieldError.of(path, "is listed twice", "listedTwice"));
                }
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of(path, "must be a real date like 2026-12-25", "realDate"));
            }
        }
        return days;
    }

    private static Map<String, Object> span(LocalTime start, LocalTime end) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", CLOCK.format(start));
        m.put("end", CLOCK.format(end));
        return m;
    }

    private static String dayName(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }

    private static DayOfWeek day(String name) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (dayName(d).equals(name)) {
                return d;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String path, List<FieldError> errors) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        errors.add(FieldError.of(path, "must be an object", "object"));
        return null;
    }

    private static Map<String, Object> required(Map<String, Object> m, String field, String path,
                                                List<FieldError> errors) {
        if (!m.containsKey(field)) {
            errors.add(FieldError.of(path, "is required", "required"));
            return null;
        }
        return object(m.get(field), path, errors);
    }

    private static void known(Map<String, Object> m, Set<String> fields, String path, List<FieldError> errors) {
        for (String key : m.keySet()) {
            if (!fields.contains(key)) {
                String shown = key.length() > 40 ? key.substring(0, 40) + "…" : key;
                String names = String.join(", ", new TreeSet<>(fields));
                errors.add(FieldError.of(path.isEmpty() ? shown : path + "." + shown, "unknown field; known: " + names,
                        "unknownFieldKnown", names));
            }
        }
    }

    private static String text(Map<String, Object> m, String field, String path, List<FieldError> errors) {
        if (!m.containsKey(field)) {
            errors.add(FieldError.of(path, "is required", "required"));
            return null;
        }
        if (!(m.get(field) instanceof String s) || s.isBlank()) {
            errors.add(FieldError.of(path, "must be a non-blank string", "nonBlankString"));
            return null;
        }
        if (s.length() > 64) {
            errors.add(FieldError.of(path, "is longer than 64 characters", "longer64"));
            return null;
        }
        return s.strip();
    }

    private static LocalTime time(Map<String, Object> m, String field, String path, List<FieldError> errors) {
        String text = text(m, field, path, errors);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text, CLOCK);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(path, "must be a time like 08:30", "time"));
            return null;
        }
    }

    private static Integer whole(Map<String, Object> m, String field, String path, int min, int max,
                                 List<FieldError> errors) {
        if (!m.containsKey(field)) {
            errors.add(FieldError.of(path, "is required", "required"));
            return null;
        }
        if (!(m.get(field) instanceof BigDecimal n) || n.stripTrailingZeros().scale() > 0) {
            errors.add(FieldError.of(path, "must be a whole number", "wholeNumber"));
            return null;
        }
        if (n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.add(FieldError.of(path, "must be between " + min + " and " + max, "betweenNumbers", min, max));
            return null;
        }
        return n.intValueExact();
    }
}
