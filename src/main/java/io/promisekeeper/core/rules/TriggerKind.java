package io.promisekeeper.core.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The declaration of one kind of trigger: its name in rules and JSON, whether it fires per promise or per ticket,
 * its settings, how a trigger is made from checked settings, and the message keys of its label and settings. The
 * rule reader and writer, the admin form's schema and the catalogue's texts all come from here.
 *
 * @param ticketConditions the subject conditions a ticket trigger fires on ({@code ticket:KEY:<condition>}); none
 *     for promise triggers
 * @param make builds the trigger from the values of {@code parameters} (read and checked), by name
 */
public record TriggerKind(String type, boolean aboutPromises, List<TriggerParameter> parameters,
                          List<String> ticketConditions, Function<Map<String, Object>, Trigger> make) {

    /** Message keys of trigger labels start with this, followed by the type. */
    public static final String LABEL_KEY_PREFIX = "promise-keeper.admin.trigger.";

    public TriggerKind {
        Objects.requireNonNull(type, "type");
        parameters = List.copyOf(parameters);
        ticketConditions = List.copyOf(ticketConditions);
        Objects.requireNonNull(make, "make");
    }

    /** A trigger that fires once per matching promise. */
    public static TriggerKind aboutPromises(String type, List<TriggerParameter> parameters,
                                            Function<Map<String, Object>, Trigger> make) {
        return new TriggerKind(type, true, parameters, List.of(), make);
    }

    /** A trigger that fires once per ticket (or per SLA goal), on the given subject conditions. */
    public static TriggerKind aboutTickets(String type, List<TriggerParameter> parameters, List<String> conditions,
                                           Function<Map<String, Object>, Trigger> make) {
        return new TriggerKind(type, false, parameters, conditions, make);
    }

    /** The message key of the trigger's label on the admin page. */
    public String labelKey() {
        return LABEL_KEY_PREFIX + type;
    }

    /** The message key of the hint that explains a setting's value on the admin page. */
    public String hintKey(TriggerParameter parameter) {
        return LABEL_KEY_PREFIX + type + "." + parameter.name() + ".hint";
    }
}
