package io.promisekeeper.core.detect;

import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.DueMatch;
import io.promisekeeper.core.calendar.DuePhrases;
import io.promisekeeper.core.promise.PromiseKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds promises in English and Dutch agent comments: a sentence is a promise when the agent (or the team)
 * commits to something with a due moment ahead. Rule based, so every decision can be explained.
 *
 * <p>Left out on purpose: quoted text ({@code > } lines, {@code {quote}} blocks), questions, requests to the
 * customer, conditionals, hedges, past events, what third parties will do, and sentences without a time.
 */
public final class PromiseDetector {

    private static final Pattern QUOTE_BLOCK = Pattern.compile("\\{quote}.*?(\\{quote}|$)", Pattern.DOTALL);
    private static final Pattern NOFORMAT_BLOCK =
            Pattern.compile("\\{(noformat|code)[^}]*}.*?(\\{(noformat|code)}|$)", Pattern.DOTALL);
    private static final Pattern QUOTED_LINE = Pattern.compile("(?m)^\\s*(>|bq\\.).*$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");

    private static final Pattern QUESTION_START = Pattern.compile(
            "^(can|could|would|will you|shall|should i|is it|do you|does|when|what|how|kunt|kun|kan ik|zal ik"
                    + "|wilt|wil je|schikt|bent u|heeft u|zullen we)\\b");
    private static final Pattern REQUEST = Pattern.compile(
            "^(please|graag|wilt u|kunt u|could you|can you)\\b|\\b(you can|u kunt|je kunt|feel free)\\b");
    private static final Pattern CONDITION = Pattern.compile(
            "^(should|als|zodra|wanneer|once)\\b|\\b(if|unless|in case|provided that|tenzij|indien|mits|mocht|mochten)\\b"
                    + "|,\\s*als\\b");
    private static final Pattern HEDGE = Pattern.compile(
            "\\b(might|may (?:be|not|have)|could|would|hope|hopefully|think|probably|possibly|perhaps|maybe|try to|trying to"
                    + "|misschien|mogelijk|wellicht|hopelijk|waarschijnlijk|zou|zouden|probeer|proberen)\\b");
    private static final Pattern ABSENCE = Pattern.compile(
            "\\b(closed|out of office|on holiday|on leave|on vacation|gesloten|afwezig|met vakantie|niet bereikbaar)\\b");
    private static final Pattern PROMISED_EARLIER = Pattern.compile("\\b(promised|beloofd|toegezegd)\\b");

    private static final Pattern EN_COMMITMENT = Pattern.compile(
            "\\b(i|we)('ll|'m going to|'re going to| will| shall| am going to| are going to| aim to| expect to"
                    + "| plan to| intend to| promise)\\b"
                    + "|\\byou('ll| will) (hear|receive|get)\\b"
                    + "|\\bexpect (a call|an update|an email|to hear) from (me|us)\\b"
                    + "|\\b(our|an|a) (engineer|technician|field engineer|colleague from our team) will\\b");
    private static final Pattern EN_PASSIVE = Pattern.compile(
            "^(the|your|this|it)\\b[^,]*\\b(will|'ll) be (\\w+ )?(delivered|shipped|sent|fixed|resolved|installed"
                    + "|deployed|replaced|restored|completed|ready|done|live|unlocked)\\b");
    private static final Pattern EN_THIRD_PARTY_SUBJECT = Pattern.compile(
            "^(the (supplier|vendor|courier|customer|manufacturer|carrier)|your (manager|colleague)|he|she|they)\\b");

    private static final Pattern NL_FIRST_PERSON = Pattern.compile("\\b(ik|we|wij)\\b");
    private static final Pattern NL_TO_CUSTOMER = Pattern.compile(
            "\\b(u|je) (hoort|ontvangt|krijgt)\\b|\\b(hoort|ontvangt|krijgt) (u|je)\\b");
    private static final Pattern NL_PASSIVE = Pattern.compile(
            "\\bwordt\\b.*\\b(geleverd|verzonden|verstuurd|opgelost|geïnstalleerd|vervangen|hersteld|verholpen"
                    + "|opgestuurd|gerepareerd|afgerond)\\b");
    private static final Pattern NL_OUR_TECHNICIAN = Pattern.compile("\\b(de|een|onze) (monteur|technicus)\\b");
    private static final Pattern NL_PAST_AUX = Pattern.compile("\\b(heb|hebt|heeft|hebben|had|hadden|ben|is|was|waren)\\b");
    private static final Pattern NL_PARTICIPLE = Pattern.compile("\\b\\w*ge\\w{2,}(d|t|en)\\b");
    private static final Pattern NL_SIMPLE_PAST = Pattern.compile(
            "\\b(belde|belden|stuurde|stuurden|kwam|kwamen|sprak|spraken|probeerde|probeerden|deed|deden)\\b");
    private static final Pattern PAST_MARKER = Pattern.compile(
            "\\b(yesterday|ago|last week|earlier today|already|gisteren|vorige|eerder|zojuist|net|al)\\b");
    private static final Pattern NL_FORWARD_MARKER = Pattern.compile(
            "\\b(uiterlijk|binnen|morgen\\w*|overmorgen|volgende|komende|straks|einde?"
                    + "|(maandag|dinsdag|woensdag|donderdag|vrijdag)\\w*)\\b");
    private static final Pattern DUTCH_WORDS = Pattern.compile(
            "\\b(ik|u|wij|de|het|een|van|voor|om|dat|niet|en|op|bij|naar|morgen|vandaag|uur|binnen|uiterlijk|nog"
                    + "|er|ons|mij|wordt|zal|zullen|hebben|heb|maandag|dinsdag|woensdag|donderdag|vrijdag|week)\\b");
    private static final Pattern ENGLISH_WORDS = Pattern.compile(
            "\\b(i|you|the|a|an|of|for|to|at|and|on|by|with|it|this|that|will|tomorrow|today|hours?|within|our"
                    + "|your|monday|tuesday|wednesday|thursday|friday|week|morning|last)\\b");
    private static final Pattern DEADLINE_ONLY = Pattern.compile(
            "^(uiterlijk|at the latest|no later than|ten laatste)\\b[^,]*$|^[^,]*\\b(at the latest|op zijn laatst)$");

    // Checked in this order: a visit or a call is what the customer will notice first.
    private static final List<Map.Entry<PromiseKind, Pattern>> KINDS = List.of(
            Map.entry(PromiseKind.CALLBACK, Pattern.compile(
                    "\\b(call|calls|calling|phone|ring|bel|bellen|belt|terugbellen|opbellen|telefonisch)\\b")),
            Map.entry(PromiseKind.VISIT, Pattern.compile(
                    "\\b(visit|come by|drop by|stop by|come over|come to your|on site|on-site|langs|langskomen"
                            + "|bezoek|bezoeken|ter plaatse|op locatie)\\b")),
            Map.entry(PromiseKind.DELIVERY, Pattern.compile(
                    "\\b(install|installeren|installeer|deploy|deployen|roll out|uitrollen)\\b|\\brollen\\b.*\\buit\\b")),
            Map.entry(PromiseKind.UPDATE, Pattern.compile(
                    "\\b(update|updates|statusupdate|status update|let you know|keep you posted|hear from|get back to you"
                            + "|report back|reply|inform|informeer|informeren|op de hoogte|terugkoppeling|terugkoppelen"
                            + "|bericht)\\b|\\blaat\\b.*\\bweten\\b|\\bhoort\\b.*\\bvan\\b|\\bkoppel\\w*\\b.*\\bterug\\b")),
            Map.entry(PromiseKind.RESOLUTION, Pattern.compile(
                    "\\b(fix|fixed|resolve|resolved|solve|solved|sorted|restore|restored|complete|completed|unlock"
                            + "|unlocked|working again|opgelost|oplossen|lossen|verhelp|verhelpen|verholpen|herstel"
                            + "|herstellen|hersteld|werkt|afgerond)\\b")),
            Map.entry(PromiseKind.DELIVERY, Pattern.compile(
                    "\\b(send|ship|shipped|deliver|delivered|email|e-mail|mail|replace|replacement|swap|receive"
                            + "|quote|invoice|contract|stuur|sturen|opsturen|verstuur|versturen|verzend|verzonden"
                            + "|lever|leveren|levering|geleverd|mailen|ontvangt|vervang|vervangen|offerte|factuur"
                            + "|creditnota)\\b")));

    private final DuePhrases duePhrases;

    public PromiseDetector(DuePhrases duePhrases) {
        this.duePhrases = duePhrases;
    }

    /** Every promise in the comment, in order; due resolved against when it was written and the calendar. */
    public List<DetectedPromise> detect(String comment, Instant writtenAt, BusinessCalendar calendar) {
        List<DetectedPromise> found = new ArrayList<>();
        for (String sentence : sentences(withoutQuotes(comment))) {
            promiseIn(sentence, writtenAt, calendar).ifPresent(found::add);
        }
        return found;
    }

    /** The promise one sentence makes, if any. */
    public Optional<DetectedPromise> promiseIn(String sentence, Instant writtenAt, BusinessCalendar calendar) {
        String s = sentence.strip();
        if (s.isEmpty() || s.endsWith("?")) {
            return Optional.empty();
        }
        String lower = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
        String bare = lower.replaceAll("[.!]+$", "");
        boolean deadlineOnly = DEADLINE_ONLY.matcher(bare).find();
        if (!deadlineOnly && !isCommitment(bare)) {
            return Optional.empty();
        }
        Optional<DueMatch> due = duePhrases.find(s, writtenAt, calendar);
        if (due.isEmpty() || !due.get().due().isAfter(writtenAt)) {
            return Optional.empty();
        }
        return Optional.of(new DetectedPromise(deadlineOnly ? PromiseKind.OTHER : kindOf(bare), due.get().due(), s));
    }

    private static boolean isCommitment(String s) {
        if (QUESTION_START.matcher(s).find() || REQUEST.matcher(s).find() || CONDITION.matcher(s).find()
                || HEDGE.matcher(s).find() || ABSENCE.matcher(s).find() || PROMISED_EARLIER.matcher(s).find()) {
            return false;
        }
        if (EN_THIRD_PARTY_SUBJECT.matcher(s).find()) {
            return false;
        }
        if (EN_COMMITMENT.matcher(s).find() || EN_PASSIVE.matcher(s).find()) {
            return true;
        }
        if (!looksDutch(s)) {
            return false;
        }
        boolean dutchCommitment = NL_FIRST_PERSON.matcher(s).find() || NL_TO_CUSTOMER.matcher(s).find()
                || NL_PASSIVE.matcher(s).find()
                || (NL_OUR_TECHNICIAN.matcher(s).find() && s.matches(".*\\b(komt|komen)\\b.*"));
        return dutchCommitment && !dutchPast(s);
    }

    // "we" is both English and Dutch; the Dutch present-for-future rules must not read English past tense.
    private static boolean looksDutch(String s) {
        return count(DUTCH_WORDS, s) > count(ENGLISH_WORDS, s);
    }

    private static int count(Pattern words, String s) {
        return (int) words.matcher(s).results().count();
    }

    // Dutch uses the present for the future, so past is read from the perfect tense and past markers.
    private static boolean dutchPast(String s) {
        if (NL_SIMPLE_PAST.matcher(s).find() || PAST_MARKER.matcher(s).find()) {
            return true;
        }
        boolean perfect = NL_PAST_AUX.matcher(s).find() && NL_PARTICIPLE.matcher(s).find();
        return perfect && !NL_FORWARD_MARKER.matcher(s).find();
    }

    private static PromiseKind kindOf(String s) {
        for (Map.Entry<PromiseKind, Pattern> kind : KINDS) {
            if (kind.getValue().matcher(s).find()) {
                return kind.getKey();
            }
        }
        return PromiseKind.OTHER;
    }

    /** The comment without what the agent quoted from others. */
    static String withoutQuotes(String comment) {
        String s = QUOTE_BLOCK.matcher(comment).replaceAll("\n");
        s = NOFORMAT_BLOCK.matcher(s).replaceAll("\n");
        return QUOTED_LINE.matcher(s).replaceAll("");
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String part : SENTENCE_END.split(text)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
