package io.promisekeeper.core.detect;

import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.DueMatch;
import io.promisekeeper.core.calendar.DuePhrases;
import io.promisekeeper.core.promise.PromiseKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)\\b(a\\.m|p\\.m|e\\.g|i\\.e|approx|ca|bijv|bv|o\\.a|nr|no|dhr|mevr|mr|mrs|ms|dr|z\\.s\\.m)\\.$");
    // Clauses that stand on their own: after ";", ": " or a dash, and "but/and/so I ..." / "maar/en ik ...".
    private static final Pattern HARD_CLAUSE = Pattern.compile("\\s*;\\s*|:\\s+|\\s+[-\u2013\u2014]\\s+");
    private static final Pattern SOFT_CLAUSE = Pattern.compile(
            ",?\\s+(?=(but|and|so|maar|en|dus) (i|we|wij|ik)\\b)|,\\s+(?=(but|maar|however|echter)\\b)");
    // "As promised yesterday, ..." refers to an earlier promise; what follows may be a new one.
    private static final Pattern EARLIER_REFERENCE = Pattern.compile(
            "^(as (i|we) (promised|mentioned|said|agreed|discussed)|as promised|zoals (beloofd|toegezegd|afgesproken"
                    + "|besproken))( (yesterday|earlier|before|last week|this morning|on \\w+|gisteren|eerder"
                    + "|vorige week|vanochtend|vanmorgen|op \\w+))?\\s*,?\\s*");
    // "Right, will send ...", "Prima, ik bel ...": an opening word before the clause's own subject.
    private static final Pattern OPENER = Pattern.compile(
            "^(right|sure|ok|okay|noted|thanks|thank you|great|no problem|will do|of course|absolutely|perfect|prima"
                    + "|goed|oke|top|helder|duidelijk|bedankt|dank je|dank u|akkoord|komt goed)\\b[^,!]{0,20}[,!]\\s*");
    // A reason or purpose ("so you can return it", "as the supplier is out of stock until ...") holds no promise.
    private static final Pattern REASON = Pattern.compile(
            ",?\\s+\\b(so that|so you|so we|as the|because|since|omdat|want|aangezien|zodat)\\b.*$");
    // The kind is read from the part of the clause that the due moment belongs to.
    private static final Pattern ACTIONS = Pattern.compile("\\s+\\b(?=(and|en|then|daarna|dan)\\b)");
    private static final Pattern DEADLINE_ONLY = Pattern.compile(
            "^(uiterlijk|at the latest|no later than|ten laatste)\\b[^,]*$|^[^,]*\\b(at the latest|op zijn laatst)$");

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

    /** The promise one sentence makes, if any: the first of its clauses that commits to a moment ahead. */
    public Optional<DetectedPromise> promiseIn(String sentence, Instant writtenAt, BusinessCalendar calendar) {
        String s = sentence.strip();
        Optional<DetectedPromise> first = Optional.empty();
        for (String clause : clauses(DuePhrases.normalise(s))) {
            Optional<DetectedPromise> found = promiseInClause(clause, s, writtenAt, calendar);
            // "I'll pick this up tomorrow and call you by 11": what the customer gets beats internal work.
            if (found.isPresent() && found.get().kind() != PromiseKind.OTHER) {
                return found;
            }
            first = first.or(() -> found);
        }
        return first;
    }

    private Optional<DetectedPromise> promiseInClause(String clause, String sentence, Instant writtenAt,
                                                      BusinessCalendar calendar) {
        if (clause.isEmpty() || clause.endsWith("?")) {
            return Optional.empty();
        }
        String opened = OPENER.matcher(clause.replaceAll("[.!]+$", "")).replaceFirst("");
        String bare = REASON.matcher(EARLIER_REFERENCE.matcher(opened).replaceFirst("")).replaceFirst("");
        boolean committed = Commitments.in(bare);
        boolean deadlineOnly = !committed && DEADLINE_ONLY.matcher(bare).find();
        if (!deadlineOnly && !committed) {
            return Optional.empty();
        }
        Optional<DueMatch> due = duePhrases.find(bare, writtenAt, calendar);
        if (due.isEmpty() || !due.get().due().isAfter(writtenAt)) {
            return Optional.empty();
        }
        PromiseKind kind = deadlineOnly ? PromiseKind.OTHER : kindOf(bare, due.get().phrase());
        return Optional.of(new DetectedPromise(kind, due.get().due(), sentence));
    }

    private static PromiseKind kindOf(String clause, String duePhrase) {
        String first = duePhrase.split(" ")[0];
        for (String action : ACTIONS.split(clause)) {
            if (!first.isEmpty() && action.contains(first)) {
                PromiseKind kind = PromiseKinds.of(action);
                if (kind != PromiseKind.OTHER) {
                    return kind;
                }
            }
        }
        return PromiseKinds.of(clause);
    }

    // A condition or a question holds for the whole sentence, so only hard breaks split those.
    private static List<String> clauses(String sentence) {
        List<String> out = new ArrayList<>();
        for (String hard : HARD_CLAUSE.split(sentence)) {
            boolean whole = Commitments.conditional(sentence) || sentence.endsWith("?");
            for (String part : whole ? new String[] {hard} : SOFT_CLAUSE.split(hard)) {
                for (String conjunct : whole ? new String[] {part} : Commitments.dutchConjuncts(part)) {
                    if (!conjunct.isBlank()) {
                        out.add(conjunct.strip());
                    }
                }
            }
        }
        return out;
    }

    /** The comment without what the agent quoted from others. */
    static String withoutQuotes(String comment) {
        String s = QUOTE_BLOCK.matcher(comment).replaceAll("\n");
        s = NOFORMAT_BLOCK.matcher(s).replaceAll("\n");
        return QUOTED_LINE.matcher(s).replaceAll("");
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String part : SENTENCE_END.split(text)) {
            pending.append(pending.length() == 0 ? "" : " ").append(part.strip());
            // "at 10 a.m. tomorrow" and "bijv. morgen" do not end the sentence.
            if (!ABBREVIATION.matcher(pending).find()) {
                if (!pending.toString().isBlank()) {
                    out.add(pending.toString());
                }
                pending.setLength(0);
            }
        }
        if (!pending.toString().isBlank()) {
            out.add(pending.toString());
        }
        return out;
    }
}
