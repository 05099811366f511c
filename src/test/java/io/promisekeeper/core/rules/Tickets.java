package io.promisekeeper.core.rules;

import io.promisekeeper.core.calendar.Calendars;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSource;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Tickets and promises shared by the rule and notice tests. */
public final class Tickets {
    public static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");

    private Tickets() {
    }

    /** A Dutch customer's high-priority ticket in project SD, waiting on nobody. */
    public static TicketSnapshot ticket() {
        return new TicketSnapshot("SD-7", "SD", "Laptop repair", "High", Set.of("Acme"), Set.of("vip"),
                "In Progress", "cust-1", "Sanne", "nl-NL", ZoneId.of("Europe/Amsterdam"), "Anna",
                NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofHours(2)), null, 0, false, List.of(),
                Calendars.dutchOffice());
    }

    /** An open stored promise on SD-7 made {@code madeAgo} before NOW and due {@code dueIn} after it. */
    public static Promise promise(long id, Duration madeAgo, Duration dueIn) {
        return Promise.open("SD-7", "Nieuwe laptop leveren", PromiseKind.DELIVERY, NOW.plus(dueIn), "nl-office",
                "anna", NOW.minus(madeAgo), Channel.EMAIL, PromiseSource.AGENT).stored(id, 1);
    }

    /** A rule with no conditions and one action. */
    public static Rule rule(String id, Trigger trigger, Action action, RuleMode mode) {
        return new Rule(id, "Rule " + id, true, mode, trigger, List.of(), List.of(action));
    }
}
