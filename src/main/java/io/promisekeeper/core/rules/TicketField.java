package io.promisekeeper.core.rules;

import java.util.Set;
import java.util.function.Function;

/** A ticket fact a rule condition can restrict, with its JSON name. */
public enum TicketField {
    PROJECT("project", t -> Set.of(t.project())),
    REQUEST_TYPE("requestType", t -> Set.of(t.requestType())),
    PRIORITY("priority", t -> Set.of(t.priority())),
    ORGANISATION("organisation", TicketSnapshot::organisations),
    LABEL("label", TicketSnapshot::labels),
    STATUS("status", t -> Set.of(t.status())),
    LANGUAGE("language", t -> Set.of(t.language()));

    private final String jsonName;
    private final Function<TicketSnapshot, Set<String>> values;

    TicketField(String jsonName, Function<TicketSnapshot, Set<String>> values) {
        this.jsonName = jsonName;
        this.values = values;
    }

    /** The name used in rule JSON and on the admin page. */
    public String jsonName() {
        return jsonName;
    }

    /** The ticket's values of this field; several for organisations and labels. */
    public Set<String> valuesOf(TicketSnapshot ticket) {
        return values.apply(ticket);
    }

    /** The field with this JSON name, or null. */
    public static TicketField byJsonName(String name) {
        for (TicketField f : values()) {
            if (f.jsonName.equals(name)) {
                return f;
            }
        }
        return null;
    }
}
