package io.promisekeeper.core.delight;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The gestures administrators offer their agents, in the order the admin page lists them, with one currency. */
public record DelightCatalogue(String currency, List<DelightGesture> gestures) {
    /** Most gestures a catalogue holds. */
    public static final int MAX_GESTURES = 100;
    /** An ISO 4217 code: costs are shown and summed in this one currency. */
    public static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public DelightCatalogue {
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be three capital letters like EUR: " + currency);
        }
        gestures = List.copyOf(gestures);
        if (gestures.size() > MAX_GESTURES) {
            throw new IllegalArgumentException("a catalogue holds at most " + MAX_GESTURES + " gestures");
        }
        Set<String> ids = new HashSet<>();
        for (DelightGesture g : gestures) {
            if (!ids.add(g.id())) {
                throw new IllegalArgumentException("gesture id " + g.id() + " is used twice");
            }
        }
    }

    /** The gesture with this id. */
    public Optional<DelightGesture> find(String id) {
        return gestures.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** Every gesture id, for rules to name. */
    public Set<String> ids() {
        Set<String> ids = new java.util.LinkedHashSet<>();
        gestures.forEach(g -> ids.add(g.id()));
        return ids;
    }

    /** The built-in catalogue, in euros, until an administrator saves their own. */
    public static DelightCatalogue defaults() {
        return new DelightCatalogue("EUR", List.of(
                gesture("personal-call", GestureKind.CALL, 0,
                        new GestureText("Personal call",
                                "Call the customer yourself instead of writing: a voice says we care where a comment"
                                        + " cannot.",
                                "Hello ${name}, this is ${agent} from the service desk. I wanted to call you myself"
                                        + " about ${ticket}: how are you doing, and is there anything more we can do?"),
                        new GestureText("Persoonlijk bellen",
                                "Bel de klant zelf in plaats van te schrijven: een stem laat merken dat het ons"
                                        + " wat kan schelen.",
                                "Goedendag ${name}, u spreekt met ${agent} van de servicedesk. Ik wilde u zelf even"
                                        + " bellen over ${ticket}: hoe gaat het, en kunnen we nog iets voor u doen?")),
                gesture("thank-you-note", GestureKind.NOTE, 0,
                        new GestureText("Thank-you note",
                                "A short personal note thanking the customer for their patience or their help in"
                                        + " finding the cause.",
                                "Dear ${name}, thank you for your patience and for helping us get to the bottom of"
                                        + " this. It made a real difference. Kind regards, ${agent}"),
                        new GestureText("Bedankbriefje",
                                "Een kort persoonlijk bericht om de klant te bedanken voor het geduld of de hulp bij"
                                        + " het vinden van de oorzaak.",
                                "Beste ${name}, dank u wel voor uw geduld en uw hulp bij het uitzoeken hiervan. Dat"
                                        + " heeft echt geholpen. Met vriendelijke groet, ${agent}")),
                gesture("long-wait-check-in", GestureKind.CHECK_IN, 0,
                        new GestureText("Check-in after a long wait",
                                "The customer has waited long on us: let them know someone is on it, before they"
                                        + " have to ask.",
                                "Hi ${name}, I am sorry this is taking so long. I wanted you to know I am on it"
                                        + " and will update you by the end of the day."),
                        new GestureText("Even melden na lang wachten",
                                "De klant wacht al lang op ons: laat weten dat er iemand mee bezig is, voordat de"
                                        + " klant erom moet vragen.",
                                "Hallo ${name}, het spijt me dat dit zo lang duurt. Ik wil u laten weten dat ik er"
                                        + " mee bezig ben en u vandaag nog bijpraat.")),
                gesture("goodwill-gesture", GestureKind.GOODWILL, 2500,
                        new GestureText("Small goodwill gesture",
                                "A small token after things went wrong for the customer: flowers, a voucher or a"
                                        + " month of service on us. Ask your team lead if unsure.",
                                "Dear ${name}, we let you down this time and we are sorry. Please accept this small"
                                        + " token from all of us."),
                        new GestureText("Klein gebaar van goede wil",
                                "Een kleine attentie nadat het voor de klant misging: bloemen, een cadeaubon of een"
                                        + " maand service van ons. Twijfel je, vraag het je teamleider.",
                                "Beste ${name}, we hebben u deze keer teleurgesteld en dat spijt ons. Wilt u deze"
                                        + " kleine attentie van ons allemaal aannemen?")),
                gesture("follow-up-after-resolution", GestureKind.FOLLOW_UP, 0,
                        new GestureText("Follow-up a week after resolution",
                                "About a week after the ticket was resolved, ask whether the solution still holds.",
                                "Hi ${name}, last week we closed ${ticket}. Is everything still working as it should?"
                                        + " If not, just reply and I will pick it up."),
                        new GestureText("Nabellen een week na de oplossing",
                                "Vraag ongeveer een week nadat het ticket is opgelost of de oplossing nog werkt.",
                                "Hallo ${name}, vorige week hebben we ${ticket} afgesloten. Werkt alles nog zoals"
                                        + " het hoort? Zo niet, antwoord dan gewoon en ik pak het op.")),
                gesture("after-reopen-check-in", GestureKind.CHECK_IN, 0,
                        new GestureText("\"How is it going\" after a reopen",
                                "The ticket came back: ask how things are going and show the customer that the"
                                        + " same person is following it up.",
                                "Hi ${name}, I saw ${ticket} came back to us. I am sorry the first fix did not"
                                        + " last. How is it going right now?"),
                        new GestureText("\"Hoe gaat het\" na heropenen",
                                "Het ticket is terug: vraag hoe het gaat en laat zien dat dezelfde persoon het"
                                        + " blijft volgen.",
                                "Hallo ${name}, ik zag dat ${ticket} weer bij ons terug is. Vervelend dat de eerste"
                                        + " oplossing niet bleef werken. Hoe gaat het nu?"))));
    }

    private static DelightGesture gesture(String id, GestureKind kind, long cents, GestureText en, GestureText nl) {
        return new DelightGesture(id, kind, Map.of("en", en, "nl", nl), cents);
    }
}
