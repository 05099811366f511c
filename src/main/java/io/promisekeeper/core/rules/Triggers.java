package io.promisekeeper.core.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every kind of trigger a rule can have, in the order the admin form offers them. */
public final class Triggers {
    /** The catalogue. A new kind of trigger is declared in {@link Trigger} and listed here; nothing else changes. */
    public static final List<TriggerKind> ALL = List.of(
            Trigger.PromiseAtRisk.KIND,
            Trigger.PromiseDueWithin.KIND,
            Trigger.PromiseBroken.KIND,
            Trigger.SlaGoalAtRisk.KIND,
            Trigger.WaitingOnTeam.KIND,
            Trigger.TicketReopened.KIND,
            Trigger.CustomerUnanswered.KIND,
            Trigger.CustomerFirstTicket.KIND,
            Trigger.HardTicket.KIND,
            Trigger.AfterResolution.KIND,
            Trigger.CustomerAwaitingReply.KIND);

    private static final Map<String, TriggerKind> BY_TYPE = ALL.stream()
            .collect(Collectors.toMap(TriggerKind::type, Function.identity(), (a, b) -> {
                throw new IllegalStateException("two triggers named " + a.type());
            }, LinkedHashMap::new));

    private Triggers() {
    }

    /** The kind named {@code type}, if there is one. */
    public static Optional<TriggerKind> named(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** The names of every kind, in catalogue order. */
    public static List<String> names() {
        return List.copyOf(BY_TYPE.keySet());
    }

    /** The settings of {@code trigger} in the order its kind declares them. */
    public static Map<String, Object> settingsOf(Trigger trigger) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        Map<String, Object> values = trigger.values();
        for (TriggerParameter p : trigger.kind().parameters()) {
            if (values.containsKey(p.name())) {
                ordered.put(p.name(), values.get(p.name()));
            }
        }
        return ordered;
    }

    /** The subject conditions of every ticket trigger ({@code waiting}, {@code reopened}, ...), each once. */
    public static List<String> ticketConditions() {
        return ALL.stream().flatMap(k -> k.ticketConditions().stream()).distinct().toList();
    }
}
