package io.promisekeeper.core.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The rules of an instance, in the order admins arranged them; earlier rules win ties. */
public record RuleSet(List<Rule> rules) {

    /** Most rules an instance may hold; each is evaluated on every tick for every ticket due soon. */
    public static final int MAX_RULES = 500;

    public RuleSet {
        rules = List.copyOf(rules);
        if (rules.size() > MAX_RULES) {
            throw new IllegalArgumentException("at most " + MAX_RULES + " rules");
        }
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("rule id " + r.id() + " is used twice");
            }
        }
    }

    /** No rules at all. */
    public static RuleSet empty() {
        return new RuleSet(List.of());
    }

    /** The rule with this id. */
    public Optional<Rule> byId(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
