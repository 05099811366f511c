package io.promisekeeper.core.detect;

import io.promisekeeper.core.promise.PromiseKind;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a promising clause commits to, read from its verb and object. Dutch separable verbs ("neem ... contact
 * ... op", "los ... op", "zet ... klaar") are read with their particle anywhere later in the clause.
 */
final class PromiseKinds {

    // Checked in this order: a visit or a call is what the customer will notice first; an update before a
    // resolution ("I'll let you know once it is fixed"), a resolution before a plain delivery ("send the fix").
    private static final List<Map.Entry<PromiseKind, Pattern>> KINDS = List.of(
            Map.entry(PromiseKind.CALLBACK, Pattern.compile(
                    "\\b(call|ring|phone|buzz)(ing)? (you|u)\\b|\\b(try|trying)\\b.*\\b(phone|mobile|number)\\b"
                            + "|\\bcall(ing)? (you )?back\\b|\\bcall-?back\\b"
                            + "|\\b(a|quick|short|phone|teams|video|zoom) (call|ring|buzz)\\b(?! with (the|our"
                            + "|my|a)\\b)"
                            + "|\\bphone call\\b|\\bby (phone|telephone)\\b|\\bon the phone\\b"
                            + "|\\bbel(len|t)? (ik |we |wij )?(u|je|jou|jullie)\\b"
                            + "|\\b(bel|bellen|belt)\\b.*\\b(terug|op)\\b"
                            + "|\\bterugbel\\w*|\\bopbel\\w*|\\btelefonisch\\b|\\bbelletje\\b|\\btelefoontje\\b"
                            + "|\\b(u|je) (terug)?bellen\\b")),
            // Something brought by hand is a delivery, even when it comes to the customer's desk.
            Map.entry(PromiseKind.DELIVERY, Pattern.compile(
                    "\\bdrop\\b(\\s\\w+){0,3}\\soff\\b|\\bhand (it )?over\\b|\\bkom\\w*\\b.*\\b(brengen|afgeven)\\b"
                            + "|\\b(by|langs|round|over)\\b.*\\b(with|met) (the|your|a|an|je|uw|de|een)( new"
                            + "| nieuwe)? \\w+")),
            Map.entry(PromiseKind.VISIT, Pattern.compile(
                    "\\b(visit|visiting|come by|drop by|stop by|pop by|pop in|pop round|come over|come round"
                            + "|come to your|be with you|be at your|be on site|on site|on-site|langs|langskomen"
                            + "|bezoek|bezoeken|ter plaatse|op locatie)\\b|\\bat your (desk|office|location"
                            + "|site|home)\\b"
                            + "|\\bbe there\\b|\\bswing by\\b|\\bkom\\w*\\b.*\\bnaar (je|jullie|u|uw)\\b"
                            + "|\\b(to|at|naar|bij) (your|je|jullie|uw) (branch|site|office|desk|location|home|premises"
                            + "|bureau|kantoor|vestiging|locatie|werkplek)\\b"
                            + "|\\bben\\b.*\\bbij (u|je)\\b|\\bbij u (op kantoor|thuis|op locatie)\\b|\\bkom(t"
                            + "|en)? bij (u|je)\\b(?!.*\\bterug\\b)")),
            Map.entry(PromiseKind.DELIVERY, Pattern.compile(
                    "\\b(install|installing|installeren|installeer|installeert|deploy\\w*|roll out|rolling out"
                            + "|uitrollen"
                            + "|push\\w*|gepusht)\\b"
                            + "|\\b(rol|rollen)\\b.*\\buit\\b")),
            Map.entry(PromiseKind.UPDATE, Pattern.compile(
                    "\\b(update|updates|statusupdate|status update|status report|progress report|let you know"
                            + "|keep you posted|keep you informed|hear from|get back to you|come back to you"
                            + "|circle back|follow up|follow-up|be in touch|back in touch|get in touch|touch base"
                            + "|reach out|contact you|report back|reply|respond|response|answer|write back"
                            + "|confirm|confirmation|news|outcome|feedback|inform|informeer|informeren"
                            + "|op de hoogte|terugkoppeling|terugkoppelen|bericht|nieuws|uitslag|bevestiging|bevestig"
                            + "|reageer|reageren|reactie|antwoord|antwoorden|doorgeven|decision|besluit|beslissing"
                            + "|uitkomst|root cause|analysis|analyse|oorzaak|findings|bevindingen|hear back"
                            + "|check in with"
                            + "|check back)\\b"
                            + "|\\b(laat|laten)\\b.*\\bweten\\b|\\bhoort\\b.*\\bvan\\b|\\bkoppel\\w*\\b.*\\bterug\\b"
                            + "|\\b(neem|nemen)\\b.*\\bcontact\\b|\\bcontact met (u|je)\\b|\\b(geef"
                            + "|geven)\\b.*\\bdoor\\b"
                            + "|\\b(houd|hou|houden)\\b.*\\bhoogte\\b|\\bmeld (ik )?(me|mij)\\b"
                            + "|\\b(werk|werken)\\b.*\\bbij\\b|\\bbijwerken\\b"
                            + "|\\bkom\\w*\\b.*\\b(u|je|er)\\b.*\\bterug\\b")),
            Map.entry(PromiseKind.RESOLUTION, Pattern.compile(
                    "\\b(fix\\w*|resolv\\w*|solv\\w*|sort|sorted|sorting|restor\\w*|repair\\w*|refund\\w*|rebuil\\w*"
                            + "|reinstall\\w*|terugbetal\\w*|herinstall\\w*|(opnieuw|weer) (op|in)|reimburs\\w*"
                            + "|vergoed\\w*"
                            + "|teruggezet|terugzetten|zet\\w* .*terug"
                            + "|re-?enable|unblock|unblocked|complete|completed|finish|finished|unlock|unlocked"
                            + "|working again|work again|back up|back online|up and running|take care of|handle"
                            + "|opgelost|oplossen|lossen|verhelp|verhelpen|verholpen|herstel|herstellen|hersteld"
                            + "|repareer|repareren|gerepareerd|werkt|werken|afgerond|afronden|regel|regelen|geregeld"
                            + "|online|refund|terugbetalen|terugstorten|corrigeer|corrigeren|ontgrendel|ontgrendelen"
                            + "|ontgrendeld)\\b|\\b(reset|correct) (your|the|it|his|her)\\b"
                            + "|\\blos\\b.*\\bop\\b|\\b(rond|ronden)\\b.*\\baf\\b")),
            Map.entry(PromiseKind.DELIVERY, Pattern.compile(
                    "\\b(send\\w*|sent|ship\\w*|deliver\\w*|email|e-mail|mail|replac\\w*|swap\\w*|receiv\\w*|creat\\w*"
                            + "|provid\\w*|live|inbox|mailbox|de deur uit|op de post|get (the|a|an|your)|active|actief"
                            + "|issue (a|an|the|you)|collect|ophalen|haal\\w* .*op|image"
                            + "|quote|invoice|contract|drop off|bring|ready|set up|prepare|provision|create"
                            + "|activate|access|licen[cs]e|upload|share"
                            + "|stuur|sturen|opsturen|verstuur|versturen|verzend|verzonden|lever|leveren|levering"
                            + "|geleverd|mailen|ontvangt|vervang|vervangen|offerte|factuur|creditnota|breng|brengen"
                            + "|bezorg|bezorgen|afleveren|bestel|bestellen|klaar|klaarzetten|aanmaken|activeer"
                            + "|activeren|toegang|licentie|delen|in huis|configure|configured|installed|instellen"
                            + "|ingesteld|inrichten|ingericht|afgeleverd|bezorgd|opgestuurd|toegestuurd|nagestuurd"
                            + "|verstuurd|gestuurd|geinstalleerd|geplaatst|klaargezet|aangemaakt|geactiveerd"
                            + "|besteld)\\b"
                            + "|\\b(maak|maken)\\b.*\\baan\\b"
                            + "|\\border(ed)? (a|an|the|you|your|it|new|replacement)\\b")),
            // A person on the way is a visit when nothing else says what they will do.
            Map.entry(PromiseKind.VISIT, Pattern.compile("\\b(engineer|technician|monteur|technicus)\\b")));

    private PromiseKinds() {
    }

    /** The kind of what a clause (normalised: lower case, no accents) commits to; OTHER when none fits. */
    static PromiseKind of(String clause) {
        for (Map.Entry<PromiseKind, Pattern> kind : KINDS) {
            if (kind.getValue().matcher(clause).find()) {
                return kind.getKey();
            }
        }
        return PromiseKind.OTHER;
    }
}
