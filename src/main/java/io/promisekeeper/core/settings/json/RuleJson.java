package io.promisekeeper.core.settings.json;

import io.promisekeeper.core.notice.NoticeTemplate;
import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.rules.Action;
import io.promisekeeper.core.rules.Condition;
import io.promisekeeper.core.rules.Rule;
import io.promisekeeper.core.rules.RuleMode;
import io.promisekeeper.core.rules.RuleSet;
import io.promisekeeper.core.rules.TicketField;
import io.promisekeeper.core.rules.Trigger;
import io.promisekeeper.core.rules.TriggerKind;
import io.promisekeeper.core.rules.TriggerParameter;
import io.promisekeeper.core.rules.Triggers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and writes rule sets as JSON. Strict: unknown fields, wrong types and out-of-range values are errors, all
 * reported at once with their JSON path ({@code rules[2].trigger.threshold: must be between 0 and 1}). Reading
 * either succeeds with a valid {@link RuleSet} or throws {@link InvalidRuleSet}; nothing else.
 *
 * <pre>
 * {"rules": [{"id": "at-risk", "name": "Warn before it breaks", "enabled": true, "mode": "approval",
 *             "trigger": {"type": "promiseAtRisk", "threshold": 0.7},
 *             "conditions": {"project": ["SD"], "language": ["nl", "en"]},
 *             "actions": [{"type": "sendDelayNotice", "template": "delay-notice"}]}]}
 * </pre>
 * Durations are ISO-8601 strings ({@code "PT4H"}, {@code "P2D"}); {@code enabled} defaults to true and
 * {@code conditions} to none.
 */
public final class RuleJson {
    private static final int MAX_CONDITION_VALUE = 255;
    private static final Set<String> RULE_FIELDS = ordered("id", "name", "enabled", "mode", "trigger", "conditions",
            "actions");
    private static final Map<String, Set<String>> ACTION_FIELDS = Map.of(
            "promptAgent", ordered("type", "template"),
            "sendDelayNotice", ordered("type", "template"),
            "notifyTeamLead", ordered("type", "lead"),
            "addInternalComment", ordered("type", "text"),
            "suggestDelight", ordered("type", "gesture"));

    private final Set<String> templateIds;
    private final Set<String> gestureIds;

    /** {@code templateIds}: the notice templates an action may name; no delight gesture is known. */
    public RuleJson(Set<String> templateIds) {
        this(templateIds, Set.of());
    }

    /** {@code templateIds} and {@code gestureIds}: the notice templates and delight gestures actions may name. */
    public RuleJson(Set<String> templateIds, Set<String> gestureIds) {
        this.templateIds = Set.copyOf(templateIds);
        this.gestureIds = Set.copyOf(gestureIds);
    }

    /** The notice templates an action may name. */
    public Set<String> templateIds() {
        return templateIds;
    }

    /** The delight gestures an action may name. */
    public Set<String> gestureIds() {
        return gestureIds;
    }

    /**
     * The rule set in {@code json}.
     *
     * @throws InvalidRuleSet naming every problem; {@code $} is the path of the document itself
     */
    public RuleSet read(String json) {
        Object tree;
        try {
            tree = JsonSyntax.standard().parse(json);
        } catch (MalformedJson e) {
            throw new InvalidRuleSet(List.of(e.error()));
        }
        return fromTree(tree);
    }

    /** A stored rule set as it can run: the rules that still read, and why the others are disabled. */
    public record InForce(RuleSet rules, List<FieldError> disabled) {
        public InForce {
            disabled = List.copyOf(disabled);
        }
    }

    /**
     * The stored rule set {@code json} for running: a rule that no longer reads — say it names a template or gesture
     * deleted since it was saved — is left out and its errors are returned, so one broken rule does not stop the
     * others or fail the job. A document that is broken as a whole still throws.
     *
     * @throws InvalidRuleSet when the errors are not confined to single rules
     */
    public InForce readInForce(String json) {
        try {
            return new InForce(read(json), List.of());
        } catch (InvalidRuleSet e) {
            java.util.Set<Integer> broken = new java.util.TreeSet<>();
            for (FieldError error : e.errors()) {
                java.util.regex.Matcher m = RULE_PATH.matcher(error.field());
                if (!m.lookingAt()) {
                    throw e;
                }
                broken.add(Integer.parseInt(m.group(1)));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> root = new java.util.LinkedHashMap<>((Map<String, Object>) JsonSyntax.standard().parse(json));
            List<Object> kept = new ArrayList<>();
            List<?> items = (List<?>) root.get("rules");
            for (int i = 0; i < items.size(); i++) {
                if (!broken.contains(i)) {
                    kept.add(items.get(i));
                }
            }
            root.put("rules", kept);
            return new InForce(fromTree(root), e.errors());
        }
    }

    private static final java.util.regex.Pattern RULE_PATH = java.util.regex.Pattern.compile("rules\\[(\\d+)]");

    /**
     * The rule set in an already parsed tree of plain values ({@code Map<String, ?>}, {@code List<?>},
     * {@code String}, {@code Number}, {@code Boolean}, {@code null}), e.g. from the adapter's JSON library.
     *
     * @throws InvalidRuleSet naming every problem
     */
    public RuleSet fromTree(Object tree) {
        Errors errors = new Errors();
        List<Rule> rules = new ArrayList<>();
        Map<String, Object> root = object(tree, "$", errors);
        if (root != null) {
            unknownFields(root, Set.of("rules"), "", errors);
            Object list = root.get("rules");
            if (!root.containsKey("rules")) {
                errors.add("rules", "is required", "required");
            } else if (!(list instanceof List<?> items)) {
                errors.add("rules", "must be an array", "array");
            } else if (items.size() > RuleSet.MAX_RULES) {
                errors.add("rules", "has " + items.size() + " rules, at most " + RuleSet.MAX_RULES + " allowed",
                        "tooManyRules", items.size(), RuleSet.MAX_RULES);
            } else {
                Map<String, Integer> seenIds = new HashMap<>();
                for (int i = 0; i < items.size(); i++) {
                    String path = "rules[" + i + "]";
                    Rule rule = rule(items.get(i), path, errors);
                    if (rule != null) {
                        Integer earlier = seenIds.putIfAbsent(rule.id(), i);
                        if (earlier != null) {
                            errors.add(path + ".id", "\"" + rule.id() + "\" is already used by rules[" + earlier + "]",
                                    "idUsedBy", rule.id(), "rules[" + earlier + "]");
                        }
                        rules.add(rule);
                    }
                }
            }
        }
        if (!errors.list.isEmpty()) {
            throw new InvalidRuleSet(errors.list);
        }
        return new RuleSet(rules);
    }

    /** The rule set as indented JSON text that {@link #read} gives back equal. */
    public String write(RuleSet rules) {
        return JsonSyntax.standard().write(toTree(rules));
    }

    /** The rule set as a tree of plain values (maps keep the field order of the format). */
    public Object toTree(RuleSet rules) {
        List<Object> items = new ArrayList<>();
        for (Rule r : rules.rules()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("name", r.name());
            m.put("enabled", r.enabled());
            m.put("mode", r.mode().name().toLowerCase(Locale.ROOT));
            m.put("trigger", triggerTree(r.trigger()));
            Map<String, Object> conditions = new LinkedHashMap<>();
            for (Condition c : r.conditions()) {
                conditions.put(c.field().jsonName(), List.copyOf(c.anyOf()));
            }
            m.put("conditions", conditions);
            List<Object> actions = new ArrayList<>();
            r.actions().forEach(a -> actions.add(actionTree(a)));
            m.put("actions", actions);
            items.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("rules", items);
        return root;
    }

    private Rule rule(Object value, String path, Errors errors) {
        Map<String, Object> m = object(value, path, errors);
        if (m == null) {
            return null;
        }
        int before = errors.list.size();
        unknownFields(m, RULE_FIELDS, path, errors);
        String id = text(m, "id", path, Rule.MAX_ID, true, errors);
        if (id != null && !Rule.ID.matcher(id).matches()) {
            errors.add(path + ".id", "must be letters, digits, '.', '_' or '-'", "ruleId");
        }
        String name = text(m, "name", path, Rule.MAX_NAME, true, errors);
        Boolean enabled = Boolean.TRUE;
        if (m.containsKey("enabled")) {
            enabled = m.get("enabled") instanceof Boolean b ? b : null;
            if (enabled == null) {
                errors.add(path + ".enabled", "must be true or false", "boolean");
            }
        }
        RuleMode mode = null;
        String modeText = text(m, "mode", path, 20, true, errors);
        if (modeText != null) {
            mode = switch (modeText) {
                case "approval" -> RuleMode.APPROVAL;
                case "automatic" -> RuleMode.AUTOMATIC;
                default -> null;
            };
            if (mode == null) {
                errors.add(path + ".mode", "must be \"approval\" or \"automatic\"", "mode");
            }
        }
        Trigger trigger = m.containsKey("trigger") ? trigger(m.get("trigger"), path + ".trigger", errors) : null;
        if (!m.containsKey("trigger")) {
            errors.add(path + ".trigger", "is required", "required");
        }
        List<Condition> conditions = m.containsKey("conditions")
                ? conditions(m.get("conditions"), path + ".conditions", errors) : List.of();
        List<Action> actions = actions(m, path, errors);
        if (errors.list.size() > before) {
            return null;
        }
        return new Rule(id, name, enabled, mode, trigger, conditions, actions);
    }

    private Trigger trigger(Object value, String path, Errors errors) {
        Map<String, Object> m = object(value, path, errors);
        String type = m == null ? null : text(m, "type", path, 40, true, errors);
        if (type == null) {
            return null;
        }
        TriggerKind kind = Triggers.named(type).orElse(null);
        if (kind == null) {
            String known = String.join(", ", new TreeSet<>(Triggers.names()));
            errors.add(path + ".type", "unknown trigger \"" + clip(type) + "\"; known: " + known, "unknownTrigger",
                    clip(type), known);
            return null;
        }
        int before = errors.list.size();
        Set<String> fields = new LinkedHashSet<>();
        fields.add("type");
        kind.parameters().forEach(p -> fields.add(p.name()));
        unknownFields(m, fields, path, errors);
        Map<String, Object> values = new HashMap<>();
        for (TriggerParameter parameter : kind.parameters()) {
            String where = join(path, parameter.name());
            if (!m.containsKey(parameter.name())) {
                if (parameter.optional()) {
                    values.put(parameter.name(), parameter.fallback());
                } else {
                    errors.add(where, "is required", "required");
                }
                continue;
            }
            try {
                values.put(parameter.name(), parameter.read(m.get(parameter.name())));
            } catch (TriggerParameter.InvalidParameter e) {
                errors.add(where, e.getMessage(), e.key(), e.args());
            }
        }
        return errors.list.size() > before ? null : kind.make().apply(values);
    }

    private List<Condition> conditions(Object value, String path, Errors errors) {
        Map<String, Object> m = object(value, path, errors);
        if (m == null) {
            return List.of();
        }
        List<Condition> conditions = new ArrayList<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            String fieldPath = path + "." + pathKey(e.getKey());
            TicketField field = TicketField.byJsonName(e.getKey());
            if (field == null) {
                String known = String.join(", ", Arrays.stream(TicketField.values()).map(TicketField::jsonName).toList());
                errors.add(fieldPath, "unknown condition; known: " + known, "unknownCondition", known);
                continue;
            }
            if (!(e.getValue() instanceof List<?> values)) {
                errors.add(fieldPath, "must be an array of strings", "stringArray");
                continue;
            }
            if (values.isEmpty()) {
                errors.add(fieldPath, "must list at least one value (leave the condition out to allow any)", "oneValue");
                continue;
            }
            if (values.size() > Condition.MAX_VALUES) {
                errors.add(fieldPath, "lists " + values.size() + " values, at most " + Condition.MAX_VALUES,
                        "tooManyValues", values.size(), Condition.MAX_VALUES);
                continue;
            }
            Set<String> allowed = new LinkedHashSet<>();
            boolean ok = true;
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (!(v instanceof String s) || s.isBlank()) {
                    errors.add(fieldPath + "[" + i + "]", "must be a non-blank string", "nonBlankString");
                    ok = false;
                } else if (s.length() > MAX_CONDITION_VALUE) {
                    errors.add(fieldPath + "[" + i + "]", "is longer than " + MAX_CONDITION_VALUE + " characters",
                            "longer", MAX_CONDITION_VALUE);
                    ok = false;
                } else if (!allowed.add(s)) {
                    errors.add(fieldPath + "[" + i + "]", "is listed twice", "listedTwice");
                    ok = false;
                }
            }
            if (ok) {
                conditions.add(new Condition(field, allowed));
            }
        }
        return conditions;
    }

    private List<Action> actions(Map<String, Object> rule, String rulePath, Errors errors) {
        String path = rulePath + ".actions";
        if (!rule.containsKey("actions")) {
            errors.add(path, "is required", "required");
            return List.of();
        }
        if (!(rule.get("actions") instanceof List<?> items)) {
            errors.add(path, "must be an array", "array");
            return List.of();
        }
        if (items.isEmpty()) {
            errors.add(path, "must hold at least one action", "oneAction");
            return List.of();
        }
        if (items.size() > 20) {
            errors.add(path, "holds " + items.size() + " actions, at most 20", "tooManyActions", items.size(), 20);
            return List.of();
        }
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Action a = action(items.get(i), path + "[" + i + "]", errors);
            if (a != null) {
                actions.add(a);
            }
        }
        return actions;
    }

    private Action action(Object value, String path, Errors errors) {
        Map<String, Object> m = object(value, path, errors);
        String type = m == null ? null : text(m, "type", path, 40, true, errors);
        if (type == null) {
            return null;
        }
        Set<String> fields = ACTION_FIELDS.get(type);
        if (fields == null) {
            String known = String.join(", ", new TreeSet<>(ACTION_FIELDS.keySet()));
            errors.add(path + ".type", "unknown action \"" + clip(type) + "\"; known: " + known, "unknownAction",
                    clip(type), known);
            return null;
        }
        int before = errors.list.size();
        unknownFields(m, fields, path, errors);
        Action action = switch (type) {
            case "promptAgent", "sendDelayNotice" -> {
                String template = text(m, "template", path, 64, true, errors);
                if (template != null && !templateIds.contains(template)) {
                    String known = String.join(", ", new TreeSet<>(templateIds));
                    errors.add(path + ".template", "unknown template \"" + clip(template) + "\"; known: " + known,
                            "unknownTemplate", clip(template), known);
                    yield null;
                }
                if (template == null) {
                    yield null;
                }
                yield type.equals("promptAgent") ? new Action.PromptAgent(template)
                        : new Action.SendDelayNotice(template);
            }
            case "notifyTeamLead" -> {
                String lead = text(m, "lead", path, Action.MAX_TEXT, false, errors);
                yield new Action.NotifyTeamLead(lead);
            }
            case "suggestDelight" -> {
                String gesture = text(m, "gesture", path, 64, true, errors);
                if (gesture != null && !gestureIds.contains(gesture)) {
                    String known = String.join(", ", new TreeSet<>(gestureIds));
                    errors.add(path + ".gesture", "unknown gesture \"" + clip(gesture) + "\"; known: " + known,
                            "unknownGesture", clip(gesture), known);
                    yield null;
                }
                yield gesture == null ? null : new Action.SuggestDelight(gesture);
            }
            default -> {
                String text = text(m, "text", path, Action.MAX_TEXT, true, errors);
                if (text == null) {
                    yield null;
                }
                List<FieldError> placeholders = NoticeTemplate.checkPlaceholders(path + ".text", text);
                placeholders.forEach(errors.list::add);
                yield placeholders.isEmpty() ? new Action.AddInternalComment(text) : null;
            }
        };
        return errors.list.size() > before ? null : action;
    }

    private static Map<String, Object> triggerTree(Trigger trigger) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", trigger.type());
        Map<String, Object> settings = Triggers.settingsOf(trigger);
        for (TriggerParameter parameter : trigger.kind().parameters()) {
            Object value = settings.get(parameter.name());
            // A setting at its default is left out, so rule sets written before it existed stay byte for byte the same.
            if (value != null && !value.equals(parameter.fallback())) {
                m.put(parameter.name(), parameter.write(value));
            }
        }
        return m;
    }

    private static Map<String, Object> actionTree(Action action) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", action.type());
        if (action instanceof Action.PromptAgent a) {
            m.put("template", a.template());
        } else if (action instanceof Action.SendDelayNotice a) {
            m.put("template", a.template());
        } else if (action instanceof Action.NotifyTeamLead a) {
            m.put("lead", a.lead());
        } else if (action instanceof Action.AddInternalComment a) {
            m.put("text", a.text());
        } else if (action instanceof Action.SuggestDelight a) {
            m.put("gesture", a.gestureId());
        } else {
            throw new IllegalArgumentException("no JSON form for action " + action.type());
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String path, Errors errors) {
        if (value instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                if (!(key instanceof String)) {
                    errors.add(path, "has a key that is not a string", "keyNotString");
                    return null;
                }
            }
            return (Map<String, Object>) map;
        }
        errors.add(path, "must be an object", "object");
        return null;
    }

    private static void unknownFields(Map<String, Object> m, Set<String> known, String path, Errors errors) {
        for (String key : m.keySet()) {
            if (!known.contains(key)) {
                String names = String.join(", ", known);
                errors.add(join(path, pathKey(key)), "unknown field; known: " + names, "unknownFieldKnown", names);
            }
        }
    }

    private static String text(Map<String, Object> m, String field, String path, int max, boolean required,
                               Errors errors) {
        String where = join(path, field);
        if (!m.containsKey(field)) {
            if (required) {
                errors.add(where, "is required", "required");
                return null;
            }
            return "";
        }
        if (!(m.get(field) instanceof String s)) {
            errors.add(where, "must be a string", "string");
            return null;
        }
        if (required && s.isBlank()) {
            errors.add(where, "must not be blank", "blank");
            return null;
        }
        if (s.length() > max) {
            errors.add(where, "is longer than " + max + " characters", "longer", max);
            return null;
        }
        return s.strip();
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    // Odd keys are quoted in the path so that an error message stays readable and unambiguous.
    private static String pathKey(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]{0,40}") ? key : "\"" + clip(key) + "\"";
    }

    private static String clip(String s) {
        String oneLine = s.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
    }

    private static Set<String> ordered(String... names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(names)));
    }

    /** Errors in the order found, which is document order. */
    private static final class Errors {
        private final List<FieldError> list = new ArrayList<>();

        /** The error in English, and as message {@code error.<key>} for other languages. */
        void add(String path, String english, String key, Object... args) {
            list.add(FieldError.of(Objects.requireNonNull(path), english, key, args));
        }
    }
}
