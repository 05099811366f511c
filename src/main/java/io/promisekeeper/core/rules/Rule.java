package io.promisekeeper.core.rules;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An admin's rule: when {@code trigger} fires on a ticket meeting every condition, do {@code actions}; customer
 * notices follow {@code mode}. A disabled rule never fires.
 */
public record Rule(String id, String name, boolean enabled, RuleMode mode, Trigger trigger,
                   List<Condition> conditions, List<Action> actions) {

    /** Longest rule id. */
    public static final int MAX_ID = 64;
    /** Longest rule name. */
    public static final int MAX_NAME = 200;
    /** Longest duration any trigger accepts; beyond a year it is a typo. */
    public static final Duration MAX_DURATION = Duration.ofDays(366);
    /** Rule ids end up in claim keys and URLs, so they stay plain. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_ID + "}");

    public Rule {
        requireText(id, "id");
        requireText(name, "name");
        name = name.strip();
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be 1-" + MAX_ID + " letters, digits, '.', '_' or '-': " + id);
        }
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("name is longer than " + MAX_NAME);
        }
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(trigger, "trigger");
        conditions = List.copyOf(conditions);
        actions = List.copyOf(actions);
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("a rule needs at least one action");
        }
        Set<TicketField> seen = EnumSet.noneOf(TicketField.class);
        for (Condition c : conditions) {
            if (!seen.add(c.field())) {
                throw new IllegalArgumentException("condition on " + c.field().jsonName() + " given twice");
            }
        }
    }

    /** Whether the ticket meets every condition (no conditions: every ticket). */
    public boolean appliesTo(TicketSnapshot ticket) {
        return conditions.stream().allMatch(c -> c.holdsFor(ticket));
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }

    static void requirePositive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.compareTo(Duration.ZERO) <= 0 || d.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException(what + " must be more than zero and at most 366 days: " + d);
        }
    }
}
