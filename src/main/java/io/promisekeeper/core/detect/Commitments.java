package io.promisekeeper.core.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a clause (normalised: lower case, no accents, plain apostrophes) commits the agent or the team to
 * something. Rejections come first: questions, requests, conditions, hedges, negations, absences, habits,
 * reported speech, promises made to others or earlier, and past events.
 */
final class Commitments {

    private static final Pattern QUESTION_START = Pattern.compile(
            "^(can|could|would|will you|shall|should i|is it|do you|does|when|what|how|kunt|kun|kan ik|zal ik"
                    + "|wilt|wil je|schikt|bent u|heeft u|zullen we|mag ik|mogen we)\\b");
    private static final Pattern EXPECTATION = Pattern.compile(
            "\\byou can expect\\b|\\b(u|je) (kunt|kan|mag)\\b.*\\b(verwachten|rekenen op)\\b");
    private static final Pattern REQUEST = Pattern.compile(
            "^(please|graag|wilt u|kunt u|could you|can you|kindly)\\b|\\b(you can|u kunt|je kunt|feel free|gerust)\\b"
                    + "|\\b(need|needs|require|requires) (you|u) to\\b|\\b(i|we)('ll| will) need\\b");
    private static final Pattern CONDITION = Pattern.compile(
            "^(should|als|zodra|wanneer|once|as soon as)\\b|\\b(if|unless|in case|provided that|tenzij|indien|mits"
                    + "|mocht|mochten)\\b|,\\s*als\\b");
    private static final Pattern HEDGE = Pattern.compile(
            "\\b(might|may (?:be|not|have)|could|would|hope|hopefully|think|probably|possibly|perhaps|maybe|try to"
                    + "|trying to|misschien|mogelijk|wellicht|hopelijk|waarschijnlijk|zou|zouden|probeer|proberen)\\b");
    // "no later than" and "niet meer" ("it will not happen again") are commitments, not refusals.
    private static final Pattern NEGATION_ALLOWED = Pattern.compile("\\b(no|not|niet) later (than|dan)\\b");
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(won't|will not|'ll not|shall not|can't|cannot|can not|unable to|not be able|not able|niet|nooit"
                    + "|never|unfortunately|sadly|helaas)\\b");
    private static final Pattern ABSENCE = Pattern.compile(
            "\\b(closed|out of office|on holiday|on leave|on vacation|be away|be off|day off|gesloten|afwezig"
                    + "|met vakantie|niet bereikbaar|met verlof|verlof|off sick|ziek)\\b"
                    + "|\\bben\\b.*\\bvrij\\b");
    private static final Pattern HABIT = Pattern.compile(
            "\\b(usually|normally|typically|generally|always|often|on average|as a rule|in most cases|doorgaans"
                    + "|meestal|normaal gesproken|normaliter|gewoonlijk|altijd|vaak|gemiddeld|in de regel"
                    + "|in het algemeen|only on|alleen op)\\b"
                    + "|\\b(mondays|tuesdays|wednesdays|thursdays|fridays|maandagen|dinsdagen|woensdagen|donderdagen"
                    + "|vrijdagen)\\b|\\b(every|each|elke|iedere) (monday|tuesday|wednesday|thursday|friday|maandag"
                    + "|dinsdag|woensdag|donderdag|vrijdag|week|morning|ochtend)\\b"
                    + "|\\b(all|every|each|any)\\b( [\\w-]+){0,3}? ([\\w]+-)?(tickets?|requests?|calls?"
                    + "|messages?|e-?mails?"
                    + "|incidents?|customers?|questions?)\\b"
                    + "|\\b(alle|elke|ieder|iedere|elk)\\b( [\\w-]+){0,3}? ([\\w]+-)?(tickets?|meldingen"
                    + "|melding|aanvragen"
                    + "|aanvraag|verzoeken|verzoek|vragen|vraag|klanten|klant|berichten|bericht|incidenten|incident"
                    + "|storingen)\\b|24/7|\\baround the clock\\b|\\bdag en nacht\\b");
    private static final Pattern REPORTED = Pattern.compile(
            "\\b(according to|volgens|they said|he said|she said|(i was|we were|i've been|we've been) told"
                    + "|i heard|apparently|reportedly|naar verluidt|ik hoorde|ik heb gehoord)\\b");
    private static final Pattern PROMISED_EARLIER = Pattern.compile(
            "\\b(promised|beloofd|beloofde|beloofden|toegezegd|zegde toe)\\b");

    private static final Pattern EN_COMMITMENT = Pattern.compile(
            "\\b(i|we)('ll|'m going to|'re going to|'m gonna|'re gonna| will| shall| am going to| are going to"
                    + "| aim to| expect to| plan to| intend to| promise)\\b"
                    + "|^(will|shall|'ll|going to|gonna|am going to|aim to|expect to|plan to) (?!you\\b)"
                    + "|\\blet (me|us) (?!know\\b)"
                    + "|\\b(i'm|i am|we're|we are) (calling|ringing|phoning|sending|shipping|emailing|coming|visiting"
                    + "|delivering|installing|deploying|replacing|releasing|rolling out|dropping|bringing)\\b"
                    + "|\\b(i|we)\\b[^,;]*\\band (will|shall|'ll|am going to|are going to)\\b"
                    + "|\\b(i'm|i am|we're|we are) (?!(waiting|expecting|hoping|trying|planning|thinking|wondering"
                    + "|looking forward|still|sorry|aware|available|closed|off|out|away|on)\\b)\\w+ing\\b"
                    + "|\\byou('ll| will) (hear|receive|get|have)\\b|\\byou can expect\\b"
                    + "|\\bexpect (a call|an update|an email|to hear) from (me|us)\\b"
                    + "|^expect (the|a|an|your|it)\\b"
                    + "|\\b(i|we)('ve| have) (booked|scheduled|planned|arranged) (a|an|the|your)\\b"
                    + "|\\b(our|my|an|a|the) (engineer|technician|field engineer|colleague|colleagues|team|service desk"
                    + "|support team|it team|helpdesk|help desk|department)( from our team)?( \\w+)?( will"
                    + "| is coming)\\b"
                    + "|\\bour( [\\w-]+){1,2} will\\b");
    // What will happen to the customer's thing; an opening word ("Thanks, your laptop will be ...") may precede.
    private static final Pattern EN_PASSIVE = Pattern.compile(
            "^((hi|hello|thanks|thank you|good news|ok|okay|great|sure|fyi|apologies|sorry)\\b[^,]*, )?"
                    + "(the|your|this|it|a|an|our)\\b[^,]*\\b(will|'ll) (be (\\w+ )?(\\w+ed|sent|done|built"
                    + "|set up|shipped"
                    + "|ready|live|back|up|online|working|in place|active)|arrive|go live|go out|ship"
                    + "|work again|be there"
                    + "|be with you|be on site)\\b"
                    + "|^(it|this)('s| is) (being )?(fixed|resolved|sorted|delivered|shipped|sent|replaced) (by"
                    + "|before|within)\\b");
    private static final Pattern EN_THIRD_PARTY_SUBJECT = Pattern.compile(
            "^(the (supplier|vendor|courier|customer|manufacturer|carrier)|your (manager|colleague)|he|she|they)\\b");

    private static final Pattern NL_FIRST_PERSON = Pattern.compile("\\b(ik|we|wij)\\b");
    // Chat-style Dutch drops the subject: "Bel u morgen terug", "Zal het vrijdag sturen".
    private static final Pattern NL_NO_SUBJECT = Pattern.compile(
            "^(bel|stuur|mail|kom|neem|koppel|geef|zet|los|breng|lever|regel|laat)\\b(?!.*\\b(ons|mij|me)\\b)"
                    + ".*\\b(u|je|jou|jullie)\\b|^zal (?!ik\\b|u\\b|je\\b)");
    private static final Pattern NL_TO_CUSTOMER = Pattern.compile(
            "\\b(u|je) (hoort|ontvangt|krijgt)\\b|\\b(hoort|ontvangt|krijgt) u\\b|\\b(hoor|ontvang|krijg) je\\b"
                    + "|\\b((u|je) (heeft|hebt)|(heeft|hebt) (u|je))\\b.*\\bin huis\\b");
    private static final Pattern NL_PASSIVE = Pattern.compile(
            "\\b(wordt|worden)\\b.*\\b(\\w*ge\\w{2,}(d|t|en)|ver\\w+(d|t|en)|ont\\w+(d|t)|her\\w+(d|t)|be\\w+(d|t))\\b"
                    + "|\\b(staat|is|ligt|werkt)\\b.*\\b(weer online|online|klaar|weer beschikbaar|opgelost|hersteld"
                    + "|verholpen|weer)\\b|\\bgaat\\b.*\\b(de deur uit|op de post|op transport)\\b");
    // "Het scherm is binnen 2 werkdagen gerepareerd": a state reached by a moment clearly ahead.
    private static final Pattern NL_STATE_AHEAD = Pattern.compile(
            "\\b(is|zijn)\\b.*\\b(uiterlijk|binnen|morgen\\w*|overmorgen|volgende|komende)\\b"
                    + "|\\b(uiterlijk|binnen|morgen\\w*|overmorgen|volgende|komende)\\b.*\\b(is|zijn)\\b");
    private static final Pattern NL_STATE = Pattern.compile("\\b(actief|klaar|online|beschikbaar|terug)\\b");
    private static final Pattern NL_OUR_PEOPLE = Pattern.compile(
            "(\\b(de|een|onze|mijn|het) (monteur|technicus|engineer|collega|servicedesk|helpdesk|it-team|team"
                    + "|afdeling|koerier)\\b|\\b(onze|ons)( [\\w-]+){1,2})"
                    + ".*\\b(komt|komen|belt|bellen|stuurt|sturen|neemt|nemen|levert|installeert|lost|lossen|vervangt"
                    + "|vervangen|installeren|herstellen|leveren|repareren"
                    + "|koppelt|is|gaat|ontgrendelt|herstelt|vervangt|repareert|zet|zorgt|regelt|maakt|plaatst"
                    + "|activeert|verwerkt)\\b");
    // "Ik heb een monteur ingepland voor donderdag": a perfect tense that books something ahead.
    private static final Pattern NL_ARRANGED = Pattern.compile(
            "\\b(ik|we|wij) (heb|hebben)\\b.*\\b(ingepland|gepland|geboekt|gereserveerd)\\b");
    private static final Pattern NL_PAST_AUX = Pattern.compile("\\b(heb|hebt|heeft|hebben|ben|is)\\b");
    private static final Pattern NL_PARTICIPLE = Pattern.compile("\\b\\w*ge\\w{2,}(d|t|en)\\b");
    // Past-only forms: the simple past, and participles that report an act already done to or for the customer.
    private static final Pattern NL_SIMPLE_PAST = Pattern.compile(
            "\\b(belde|belden|stuurde|stuurden|kwam|kwamen|sprak|spraken|probeerde|probeerden|deed|deden|had"
                    + "|hadden|was|waren|wilde|wilden|kreeg|kregen|nam|namen|gaf|gaven|keek|keken|mailde|mailden"
                    + "|meldde|leverde|leverden|zag|zagen|ging|gingen|beloofde|beloofden|zei|zeiden|vroeg|vroegen|liet"
                    + "|lieten|wist|dacht|hoorde|zocht|bracht|kocht|verstuurde|plande|regelde|installeerde|verving"
                    + "|herstelde|loste|koppelde|maakte|gaf aan)\\b");
    private static final Pattern NL_REPORT_PARTICIPLE = Pattern.compile(
            "\\b(gebeld|teruggebeld|opgebeld|gemaild|gestuurd|verstuurd|opgestuurd|toegestuurd|verzonden|gesproken"
                    + "|geprobeerd|gemeld|doorgegeven|besproken|gezien|ontvangen|gekeken|getest|gecontroleerd|gedaan"
                    + "|gehad|gezegd|gevraagd|aangevraagd|ingediend|doorgezet|geescaleerd|geupdatet|bijgewerkt"
                    + "|opgenomen|geweest|geplaatst|gekregen|gegeven)\\b");
    // "Ik heb het nagevraagd en stuur u morgen ...": the second verb starts a new, present-tense clause.
    private static final Pattern NL_AND_VERB = Pattern.compile(
            "\\ben (?=(bel|stuur|zet|kom|neem|koppel|laat|geef|los|lever|breng|regel|installeer|plan|maak|zorg"
                    + "|kijk|ga|mail|rond|herstel|vervang|bellen|sturen|zetten|komen|nemen|koppelen|laten|geven|lossen"
                    + "|leveren|brengen|regelen|installeren|plannen|maken|zorgen|kijken|gaan|mailen|ronden|herstellen"
                    + "|vervangen|werk|zoek|pas|voer|ruim|controleer|test|bestel|pak|haal|activeer|wijzig|verwerk"
                    + "|schakel|sluit|bouw|reset|verleng|meld|informeer|hou|houd|spreek|overleg|bekijk|plaats|werken"
                    + "|zoeken|plaatsen|bestellen|halen|activeren|verwerken|sluiten|bouwen|melden|houden)\\b)");
    private static final Pattern PAST_MARKER = Pattern.compile(
            "\\b(yesterday|ago|last week|earlier today|already|since then|gisteren|vorige|eerder|zojuist|net|al"
                    + "|sindsdien|inmiddels)\\b");
    private static final Pattern SUBORDINATE = Pattern.compile("\\b(?=(wat|dat|of|waarom|hoe|welke|waar)\\b)");
    private static final Pattern NL_FORWARD_MARKER = Pattern.compile(
            "\\b(uiterlijk|binnen|morgen\\w*|overmorgen|volgende|komende|straks|einde?"
                    + "|(maandag|dinsdag|woensdag|donderdag|vrijdag)\\w*)\\b");
    private static final Pattern DUTCH_WORDS = Pattern.compile(
            "\\b(ik|u|wij|de|het|een|van|voor|om|dat|niet|en|op|bij|naar|morgen|vandaag|uur|binnen|uiterlijk|nog"
                    + "|er|ons|mij|wordt|zal|zullen|hebben|heb|maandag|dinsdag|woensdag|donderdag|vrijdag|week"
                    + "|je|terug|even)\\b");
    private static final Pattern ENGLISH_WORDS = Pattern.compile(
            "\\b(i|you|the|a|an|of|for|to|at|and|on|by|with|it|this|that|will|tomorrow|today|hours?|within|our"
                    + "|your|monday|tuesday|wednesday|thursday|friday|week|morning|last)\\b");

    private Commitments() {
    }

    /** Whether the clause commits the agent or the team. */
    static boolean in(String s) {
        if (QUESTION_START.matcher(s).find() || (REQUEST.matcher(s).find() && !EXPECTATION.matcher(s).find())
                || CONDITION.matcher(s).find() || HEDGE.matcher(s).find() || negated(s)
                || ABSENCE.matcher(s).find() || HABIT.matcher(s).find() || REPORTED.matcher(s).find()
                || PROMISED_EARLIER.matcher(s).find() || EN_THIRD_PARTY_SUBJECT.matcher(s).find()) {
            return false;
        }
        if (EN_COMMITMENT.matcher(s).find() || EN_PASSIVE.matcher(s).find()) {
            return true;
        }
        if (!looksDutch(s)) {
            return false;
        }
        boolean dutchCommitment = NL_FIRST_PERSON.matcher(s).find() || NL_NO_SUBJECT.matcher(s).find()
                || NL_TO_CUSTOMER.matcher(s).find() || NL_PASSIVE.matcher(s).find()
                || NL_OUR_PEOPLE.matcher(s).find() || EXPECTATION.matcher(s).find()
                || (NL_STATE_AHEAD.matcher(s).find()
                        && (NL_PARTICIPLE.matcher(s).find() || NL_STATE.matcher(s).find()));
        if (NL_ARRANGED.matcher(s).find()) {
            return true;
        }
        return dutchCommitment && !dutchPast(s);
    }

    /** Whether the clause is a condition, which holds for every clause of its sentence. */
    static boolean conditional(String s) {
        return CONDITION.matcher(s).find();
    }

    /** The clause split where a Dutch "en" starts a new verb with the subject left out. */
    static String[] dutchConjuncts(String s) {
        if (!looksDutch(s)) {
            return new String[] {s};
        }
        String[] parts = NL_AND_VERB.split(s);
        // The left-out subject is the one of the first verb: "we hebben ... en nemen ..." is "we nemen ...".
        Matcher subject = NL_FIRST_PERSON.matcher(parts[0]);
        String carried = subject.find() ? subject.group() + " " : "";
        Matcher aux = NL_PAST_AUX.matcher(parts[0]);
        String carriedAux = aux.find() ? aux.group() + " " : "";
        for (int i = 1; i < parts.length; i++) {
            // "... opgehaald en dinsdag teruggebracht" shares the perfect tense of the first verb.
            boolean participle = NL_PARTICIPLE.matcher(parts[i]).find();
            parts[i] = carried + (participle ? carriedAux : "") + parts[i];
        }
        return parts;
    }

    private static boolean negated(String s) {
        return NEGATION.matcher(NEGATION_ALLOWED.matcher(s).replaceAll(" ")).find();
    }

    // "we" is both English and Dutch; the Dutch present-for-future rules must not read English past tense.
    private static boolean looksDutch(String s) {
        return count(DUTCH_WORDS, s) > count(ENGLISH_WORDS, s);
    }

    private static int count(Pattern words, String s) {
        return (int) words.matcher(s).results().count();
    }

    // Dutch uses the present for the future, so past is read from the simple past, past markers and the
    // perfect tense; "heb het vrijdag opgelost" (a future perfect) stays a promise, "heb u gebeld" does not.
    private static boolean dutchPast(String clause) {
        // "... weten wat de oorzaak was": the tense of a subordinate clause says nothing about the promise.
        String s = SUBORDINATE.split(clause, 2)[0];
        if (NL_SIMPLE_PAST.matcher(s).find() || PAST_MARKER.matcher(s).find()) {
            return true;
        }
        if (!NL_PAST_AUX.matcher(s).find()) {
            return false;
        }
        if (NL_REPORT_PARTICIPLE.matcher(s).find()) {
            return true;
        }
        return NL_PARTICIPLE.matcher(s).find() && !NL_FORWARD_MARKER.matcher(s).find();
    }
}
