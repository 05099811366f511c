package io.promisekeeper.core.calendar;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads English and Dutch due phrases ("tomorrow end of day", "within 4 working hours", "Monday morning",
 * "uiterlijk vrijdag", "morgen voor 12 uur") and resolves them inside a business calendar.
 *
 * <p>Conventions, so that agents and the app agree on what was promised:
 * <ul>
 *   <li>a day alone means the end of that working day; a day off moves to the next working day;</li>
 *   <li>"morning" is due at 12:00, "afternoon" at the end of the working day, "first thing" one hour after
 *       work starts, "before noon" / "voor 12 uur" at 12:00;</li>
 *   <li>a weekday means the next such day after today; "this week" / "before the weekend" the last working
 *       day of the week, "next week" that of next week;</li>
 *   <li>"hours" and "minutes" are clock time; "working hours" / "werkuren" are calendar time; "N working
 *       days" the end of the N-th working day after today;</li>
 *   <li>a window ("between 9 and 11", "tussen 13 en 15 uur") is due at its end;</li>
 *   <li>"after lunch" is the afternoon;</li>
 *   <li>a clock time without a day is today if still ahead, else the next working day; a bare hour from 1
 *       to 7 means the afternoon.</li>
 * </ul>
 */
public final class DuePhrases {

    private static final String NUMBER =
            "half an|een half|een halve|half|anderhalf|anderhalve|the next|het komende|de komende|\\d{1,3}|an|a"
                    + "|one|two|three|four|five|six|seven"
                    + "|eight|nine|ten|twelve|fifteen|twenty|thirty|twenty-four|forty-eight|seventy-two"
                    + "|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|twintig|dertig"
                    + "|vierentwintig|achtenveertig|tweeenzeventig|the|het";
    // "within 24 to 48 hours" promises the outer bound; "binnen 2 x 24 uur" is Dutch for 48 hours.
    private static final Pattern WITHIN = Pattern.compile(
            "\\b(?:within(?: the next)?|in(?: the next)?|over the next|binnen|over|in de komende|de komende)\\s+"
                    + "(?:(?:\\d{1,3}|" + NUMBER + ")\\s*(?:-|to|tot|a|or|of)\\s*)?"
                    + "(?:(\\d{1,2})\\s*x\\s*)?"
                    + "(" + NUMBER + ")\\s*(working |business |office )?"
                    + "(hours?|hrs?|h|uur|uren|u|werkuren|werkuur|kantooruren|minutes?|mins?|minuten|minuut"
                    + "|days?|dagen|dag|werkdagen|werkdag)\\b");

    private static final Pattern DAY_AFTER_TOMORROW = Pattern.compile("\\b(?:the )?day after tomorrow\\b"
            + "|\\bovermorgen\\b");
    private static final Pattern TOMORROW = Pattern.compile("\\btomorrow\\b|\\bmorgen(ochtend|middag|vroeg|avond)?\\b");
    private static final Pattern TODAY_MORNING = Pattern.compile("\\bthis morning\\b|\\bvanochtend\\b|\\bvanmorgen\\b");
    private static final Pattern TODAY_AFTERNOON =
            Pattern.compile("\\bthis afternoon\\b|\\blater today\\b|\\blater vandaag\\b|\\bvanmiddag\\b");
    private static final Pattern TODAY = Pattern.compile("\\btoday\\b|\\bvandaag\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(next|this|coming|volgende|komende|aanstaande|deze)\\s+)?"
                    + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                    + "|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(ochtend|morgen|middag)?\\b");
    private static final Pattern THIS_WEEK = Pattern.compile(
            "\\b(?:(?:by |before )?(?:the )?end of (?:the |this )?week|(?:by|before) the weekend|this week"
                    + "|einde? van (?:de|deze) week|einde? deze week|deze week|voor het weekend)\\b");
    private static final Pattern NEXT_WEEK = Pattern.compile("\\b(?:next week|volgende week|komende week)\\b");
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|januari|februari|maart|mei|juni|juli|augustus|oktober"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|okt|nov|dec";
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th|e)?\\s+(?:of\\s+)?(" + MONTHS + ")\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b");

    private static final Pattern CLOCK = Pattern.compile(
            "\\b(\\d{1,2})[:.](\\d{2})\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(?!\\d)");
    private static final Pattern AM_PM = Pattern.compile("\\b(\\d{1,2})\\s*(am|pm|a\\.m\\.|p\\.m\\.)");
    private static final Pattern HALF_HOUR_NL = Pattern.compile("\\bhalf\\s+(\\d{1,2})\\b(?!\\s*(?:uur|hour))");
    private static final Pattern HOUR_NL = Pattern.compile("\\b(\\d{1,2})\\s*(?:uur|u)\\b");
    // A window ("between 9 and 11", "tussen 13 en 15 uur") is promised by its end.
    private static final Pattern BETWEEN = Pattern.compile(
            "\\b(?:between|tussen)\\s+\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm|uur|u)?\\s+(?:and|en)\\s+"
                    + "(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?");
    private static final Pattern BARE_HOUR = Pattern.compile(
            "\\b(?:at|om|before|voor|by|rond|around|tegen|uiterlijk)\\s+(\\d{1,2})\\b(?![:.]\\d)");
    private static final Pattern NOON = Pattern.compile(
            "(?<!after |na de |na )\\b(?:noon|midday|lunchtime|lunch|voor de middag|twaalf uur|middaguur)\\b");
    private static final Pattern FIRST_THING = Pattern.compile("\\b(?:first thing|als eerste|meteen 's ochtends)\\b");
    private static final Pattern MORNING = Pattern.compile("\\b(?:morning|ochtend|'s ochtends|'s morgens)\\b");
    private static final Pattern END_OF_DAY = Pattern.compile(
            "\\b(?:end of (?:the )?(?:working |business |work )?day|end of business|close of business|eod|cob|eob"
                    + "|einde? van de (?:werk)?dag|einde? (?:werk)?dag|afternoon|'s middags|middag|after lunch"
                    + "|na de lunch|after noon)\\b");

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("maandag", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("dinsdag", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("woensdag", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("donderdag", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("vrijdag", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("zaterdag", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("zondag", DayOfWeek.SUNDAY));

    private static final LocalTime NOON_TIME = LocalTime.NOON;
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u00b4\u0060\u2032]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** How the time of day was given, from most to least specific. */
    private enum Part { CLOCK, NOON, FIRST_THING, MORNING, END_OF_DAY }

    /** Which day was named. */
    private record Day(LocalDate date, boolean weekScoped, String phrase) {
    }

    /** Which time of day was named. */
    private record TimeOfDay(Part part, LocalTime clock, String phrase) {
    }

    /** The first due phrase in {@code text}, resolved against the moment it was written. */
    public Optional<DueMatch> find(String text, Instant writtenAt, BusinessCalendar calendar) {
        StringBuilder work = new StringBuilder(normalise(text));
        Optional<DueMatch> within = within(work, writtenAt, calendar);
        if (within.isPresent()) {
            return within;
        }
        LocalDate today = calendar.dateOf(writtenAt);
        Optional<Day> day = day(work, today, calendar);
        Optional<TimeOfDay> time = timeOfDay(work);
        if (day.isEmpty() && time.isEmpty()) {
            return Optional.empty();
        }
        String phrase = (day.map(Day::phrase).orElse("") + " " + time.map(TimeOfDay::phrase).orElse("")).strip();
        if (day.isPresent()) {
            LocalDate date = calendar.workingDayOnOrAfter(day.get().date());
            Instant due = on(date, time, calendar);
            if (!due.isAfter(writtenAt)) {
                // "today" after hours or "this week" on Friday evening: the next chance, not a moment already gone.
                LocalDate later = day.get().weekScoped()
                        ? calendar.lastWorkingDayOfWeek(today.plusWeeks(1)).orElse(calendar.nextWorkingDay(date))
                        : calendar.nextWorkingDay(date);
                due = on(later, time, calendar);
            }
            return Optional.of(new DueMatch(due, phrase));
        }
        LocalDate date = calendar.workingDayOnOrAfter(today);
        Instant due = on(date, time, calendar);
        if (!due.isAfter(writtenAt)) {
            due = on(calendar.nextWorkingDay(date), time, calendar);
        }
        return Optional.of(new DueMatch(due, phrase));
    }

    /**
     * Lower case, plain apostrophes, no accents ("vóór", "één", "I´ll") and single plain spaces, so patterns
     * stay simple and text typed on any keyboard or pasted from any mail client reads the same.
     */
    public static String normalise(String text) {
        String apostrophes = APOSTROPHES.matcher(text).replaceAll("'");
        String decomposed = Normalizer.normalize(apostrophes, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static Instant on(LocalDate workingDate, Optional<TimeOfDay> time, BusinessCalendar calendar) {
        if (time.isEmpty()) {
            return calendar.endOfWorkingDay(workingDate);
        }
        TimeOfDay t = time.get();
        return switch (t.part()) {
            case CLOCK -> calendar.at(workingDate, t.clock());
            case NOON, MORNING -> calendar.at(workingDate, NOON_TIME);
            case FIRST_THING -> calendar.startOfWorkingDay(workingDate).plus(Duration.ofHours(1));
            case END_OF_DAY -> calendar.endOfWorkingDay(workingDate);
        };
    }

    private static Optional<DueMatch> within(StringBuilder work, Instant writtenAt, BusinessCalendar calendar) {
        Matcher m = WITHIN.matcher(work);
        if (!m.find()) {
            return Optional.empty();
        }
        double amount = amount(m.group(2)) * (m.group(1) == null ? 1 : Integer.parseInt(m.group(1)));
        boolean working = m.group(3) != null;
        String unit = m.group(4);
        Instant due;
        if (unit.startsWith("werkd") || (working && unit.startsWith("day"))) {
            LocalDate date = calendar.plusWorkingDays(calendar.dateOf(writtenAt), (int) Math.max(1, amount));
            due = calendar.endOfWorkingDay(date);
        } else if (unit.startsWith("day") || unit.startsWith("dag")) {
            due = calendar.endOfWorkingDay(calendar.dateOf(writtenAt).plusDays((long) Math.max(1, amount)));
        } else {
            boolean minutes = unit.startsWith("min");
            Duration d = minutes ? Duration.ofSeconds(Math.round(amount * 60))
                    : Duration.ofSeconds(Math.round(amount * 3600));
            boolean workingHours = working || unit.startsWith("werk") || unit.startsWith("kantoor");
            due = workingHours ? calendar.plusWorkingTime(writtenAt, d) : writtenAt.plus(d);
        }
        return Optional.of(new DueMatch(due, m.group()));
    }

    private static double amount(String word) {
        return switch (word) {
            case "half an", "een half", "een halve", "half" -> 0.5;
            case "anderhalf", "anderhalve" -> 1.5;
            case "a", "an", "one", "een", "the", "het", "the next", "het komende", "de komende" -> 1;
            case "two", "twee" -> 2;
            case "three", "drie" -> 3;
            case "four", "vier" -> 4;
            case "five", "vijf" -> 5;
            case "six", "zes" -> 6;
            case "seven", "zeven" -> 7;
            case "eight", "acht" -> 8;
            case "nine", "negen" -> 9;
            case "ten", "tien" -> 10;
            case "twelve", "twaalf" -> 12;
            case "fifteen", "vijftien" -> 15;
            case "twenty", "twintig" -> 20;
            case "thirty", "dertig" -> 30;
            case "twenty-four", "vierentwintig" -> 24;
            case "forty-eight", "achtenveertig" -> 48;
            case "seventy-two", "tweeenzeventig" -> 72;
            default -> Integer.parseInt(word);
        };
    }

    private static Optional<Day> day(StringBuilder work, LocalDate today, BusinessCalendar calendar) {
        Matcher m = DAY_AFTER_TOMORROW.matcher(work);
        if (m.find()) {
            return Optional.of(consume(work, m, new Day(today.plusDays(2), false, m.group())));
        }
        m = TOMORROW.matcher(work);
        if (m.find()) {
            Day d = new Day(today.plusDays(1), false, m.group());
            String suffix = m.group(1);
            consume(work, m, d);
            if (suffix != null) {
                // "morgenochtend" carries its own time of day; leave it for timeOfDay to read.
                work.replace(m.start(), m.start(), suffixWord(suffix) + " ");
            }
            return Optional.of(d);
        }
        m = WEEKDAY.matcher(work);
        if (m.find()) {
            DayOfWeek wanted = WEEKDAYS.get(m.group(2));
            LocalDate date = today.with(TemporalAdjusters.next(wanted));
            String modifier = m.group(1);
            boolean nextWeekNamed = NEXT_WEEK.matcher(work).find();
            if (nextWeekNamed || "next".equals(modifier) || "volgende".equals(modifier)) {
                LocalDate mondayNextWeek = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
                date = mondayNextWeek.with(TemporalAdjusters.nextOrSame(wanted));
            }
            Day d = new Day(date, false, m.group());
            String suffix = m.group(3);
            consume(work, m, d);
            if (suffix != null) {
                work.replace(m.start(), m.start(), suffixWord(suffix) + " ");
            }
            return Optional.of(d);
        }
        m = TODAY_MORNING.matcher(work);
        if (m.find()) {
            consume(work, m, null);
            work.replace(m.start(), m.start(), "morning ");
            return Optional.of(new Day(today, false, m.group()));
        }
        m = TODAY_AFTERNOON.matcher(work);
        if (m.find()) {
            consume(work, m, null);
            work.replace(m.start(), m.start(), "afternoon ");
            return Optional.of(new Day(today, false, m.group()));
        }
        m = TODAY.matcher(work);
        if (m.find()) {
            return Optional.of(consume(work, m, new Day(today, false, m.group())));
        }
        m = NEXT_WEEK.matcher(work);
        if (m.find()) {
            LocalDate nextWeek = today.plusWeeks(1);
            LocalDate last = calendar.lastWorkingDayOfWeek(nextWeek).orElse(nextWeek);
            return Optional.of(consume(work, m, new Day(last, true, m.group())));
        }
        m = THIS_WEEK.matcher(work);
        if (m.find()) {
            Optional<LocalDate> last = calendar.lastWorkingDayOfWeek(today).filter(d -> !d.isBefore(today));
            LocalDate date = last.orElseGet(() -> calendar.lastWorkingDayOfWeek(today.plusWeeks(1))
                    .orElse(today.plusWeeks(1)));
            return Optional.of(consume(work, m, new Day(date, true, m.group())));
        }
        Matcher dm = DAY_MONTH.matcher(work);
        if (dm.find()) {
            return date(Integer.parseInt(dm.group(1)), dm.group(2), today)
                    .map(d -> consume(work, dm, new Day(d, false, dm.group())));
        }
        Matcher md = MONTH_DAY.matcher(work);
        if (md.find()) {
            return date(Integer.parseInt(md.group(2)), md.group(1), today)
                    .map(d -> consume(work, md, new Day(d, false, md.group())));
        }
        return Optional.empty();
    }

    private static String suffixWord(String suffix) {
        return switch (suffix) {
            case "ochtend", "morgen" -> "morning";
            case "vroeg" -> "first thing";
            default -> "afternoon";
        };
    }

    private static Optional<LocalDate> date(int dayOfMonth, String monthWord, LocalDate today) {
        Month month = month(monthWord);
        if (dayOfMonth < 1 || dayOfMonth > month.length(today.isLeapYear())) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(today.getYear(), month, dayOfMonth);
        return Optional.of(date.isBefore(today) ? date.plusYears(1) : date);
    }

    private static Month month(String word) {
        String w = word.substring(0, 3);
        return switch (w) {
            case "jan" -> Month.JANUARY;
            case "feb" -> Month.FEBRUARY;
            case "mar", "maa" -> Month.MARCH;
            case "apr" -> Month.APRIL;
            case "may", "mei" -> Month.MAY;
            case "jun" -> Month.JUNE;
            case "jul" -> Month.JULY;
            case "aug" -> Month.AUGUST;
            case "sep" -> Month.SEPTEMBER;
            case "oct", "okt" -> Month.OCTOBER;
            case "nov" -> Month.NOVEMBER;
            default -> Month.DECEMBER;
        };
    }

    private static Optional<TimeOfDay> timeOfDay(StringBuilder work) {
        List<TimeOfDay> found = new ArrayList<>();
        Matcher between = BETWEEN.matcher(work);
        if (between.find()) {
            int h = Integer.parseInt(between.group(1));
            int min = between.group(2) == null ? 0 : Integer.parseInt(between.group(2));
            if (h <= 23 && min <= 59) {
                return Optional.of(new TimeOfDay(Part.CLOCK,
                        LocalTime.of(amPm(h, between.group(3), between.group(3) == null), min), between.group()));
            }
        }
        Matcher m = CLOCK.matcher(work);
        if (m.find()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            if (h <= 23 && min <= 59) {
                // "around 4:30" is read like "at 4": agents speak of office hours.
                found.add(new TimeOfDay(Part.CLOCK, LocalTime.of(amPm(h, m.group(3), true), min), m.group()));
            }
        }
        if (found.isEmpty()) {
            m = AM_PM.matcher(work);
            if (m.find() && Integer.parseInt(m.group(1)) <= 12) {
                found.add(new TimeOfDay(Part.CLOCK,
                        LocalTime.of(amPm(Integer.parseInt(m.group(1)), m.group(2), false), 0), m.group()));
            }
        }
        if (found.isEmpty()) {
            m = HALF_HOUR_NL.matcher(work);
            if (m.find()) {
                int h = Integer.parseInt(m.group(1));
                if (h >= 1 && h <= 24) {
                    found.add(new TimeOfDay(Part.CLOCK, LocalTime.of(amPm(h - 1 == 0 ? 12 : h - 1, null, true)
                            % 24, 30), m.group()));
                }
            }
        }
        if (found.isEmpty()) {
            m = HOUR_NL.matcher(work);
            if (!m.find()) {
                m = BARE_HOUR.matcher(work);
                if (!m.find()) {
                    m = null;
                }
            }
            if (m != null) {
                int h = Integer.parseInt(m.group(1));
                if (h <= 23) {
                    found.add(new TimeOfDay(Part.CLOCK, LocalTime.of(amPm(h, null, true), 0), m.group()));
                }
            }
        }
        if (found.isEmpty()) {
            for (var candidate : List.of(Map.entry(Part.NOON, NOON), Map.entry(Part.FIRST_THING, FIRST_THING),
                    Map.entry(Part.MORNING, MORNING), Map.entry(Part.END_OF_DAY, END_OF_DAY))) {
                Matcher c = candidate.getValue().matcher(work);
                if (c.find()) {
                    found.add(new TimeOfDay(candidate.getKey(), null, c.group()));
                    break;
                }
            }
        }
        return found.stream().findFirst();
    }

    // Agents speak of office hours: "at 3" means 15:00, "at 10" means 10:00.
    private static int amPm(int hour, String marker, boolean bare) {
        if (marker != null) {
            boolean pm = marker.startsWith("p");
            if (pm && hour < 12) {
                return hour + 12;
            }
            if (!pm && hour == 12) {
                return 0;
            }
            return hour;
        }
        if (bare && hour >= 1 && hour <= 7) {
            return hour + 12;
        }
        return hour;
    }

    private static <T> T consume(StringBuilder work, Matcher m, T value) {
        // Blank out what was read so later patterns do not read the same words again.
        for (int i = m.start(); i < m.end(); i++) {
            work.setCharAt(i, ' ');
        }
        return value;
    }
}
