package io.promisekeeper.core.settings;

import io.promisekeeper.core.delight.DelightCatalogue;
import io.promisekeeper.core.delight.DelightGesture;
import io.promisekeeper.core.delight.DelightLimits;
import io.promisekeeper.core.delight.DelightSettings;
import io.promisekeeper.core.delight.GestureKind;
import io.promisekeeper.core.delight.GestureText;
import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.settings.json.JsonSyntax;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and writes {@link DelightSettings} as JSON, strictly: unknown fields, wrong types and out-of-range values
 * are errors, all reported at once with their path ({@code gestures[2].texts.nl.name: must not be blank}).
 * Amounts are numbers with at most two decimals in the catalogue's currency.
 *
 * <pre>
 * {"currency": "EUR",
 *  "limits": {"perCustomerPerMonth": 2, "budgetPerProjectPerMonth": 100.00, "zone": "Europe/Amsterdam"},
 *  "gestures": [{"id": "personal-call", "kind": "call", "cost": 0,
 *                "texts": {"en": {"name": "…", "description": "…", "script": "…"}, "nl": {…}}}]}
 * </pre>
 *
 * <p>The budget was called {@code budgetPerTeamPerMonth} before issue 15 although it always counted per service
 * project. Documents stored then still hold that key, and the settings store hands them back as they are: the old
 * key is read as the budget (giving both is an error), and {@link #write} gives the new one only.
 */
public final class DelightJson {
    private static final Set<String> ROOT = ordered("currency", "limits", "gestures");
    private static final String BUDGET = "budgetPerProjectPerMonth";
    /** The budget's name in documents written before issue 15; read, never written. */
    private static final String OLD_BUDGET = "budgetPerTeamPerMonth";
    private static final Set<String> LIMITS = ordered("perCustomerPerMonth", BUDGET, "zone");
    private static final Set<String> GESTURE = ordered("id", "kind", "cost", "texts");
    private static final Set<String> TEXT = ordered("name", "description", "script");

    private DelightJson() {
    }

    /**
     * The settings in {@code json}.
     *
     * @throws InvalidSettings naming every problem; {@code $} is the document itself
     */
    public static DelightSettings read(String json) {
        return SettingsDocument.read(json, DelightJson::settings);
    }

    /** The settings as indented JSON that {@link #read} gives back equal. */
    public static String write(DelightSettings s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("currency", s.catalogue().currency());
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("perCustomerPerMonth", s.limits().perCustomerPerMonth());
        limits.put(BUDGET, BigDecimal.valueOf(s.limits().budgetCentsPerProjectPerMonth(), 2));
        limits.put("zone", s.limits().zone().getId());
        root.put("limits", limits);
        List<Object> gestures = new ArrayList<>();
        for (DelightGesture g : s.catalogue().gestures()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", g.id());
            m.put("kind", g.kind().jsonName());
            m.put("cost", BigDecimal.valueOf(g.costCents(), 2));
            Map<String, Object> texts = new LinkedHashMap<>();
            g.texts().forEach((language, t) -> {
                Map<String, Object> tm = new LinkedHashMap<>();
                tm.put("name", t.name());
                tm.put("description", t.description());
                tm.put("script", t.script());
                texts.put(language, tm);
            });
            m.put("texts", texts);
            gestures.add(m);
        }
        root.put("gestures", gestures);
        return JsonSyntax.standard().write(root);
    }

    private static DelightSettings settings(Object tree, List<FieldError> errors) {
        Map<String, Object> root = object(tree, "$", errors);
        if (root == null) {
            return null;
        }
        known(root, ROOT, "", errors);
        String currency = string(root, "currency", "", 3, true, errors);
        if (currency != null && !DelightCatalogue.CURRENCY.matcher(currency).matches()) {
            errors.add(FieldError.of("currency", "must be three capital letters like EUR", "currency"));
            currency = null;
        }
        DelightLimits limits = limits(root, errors);
        List<DelightGesture> gestures = gestures(root, errors);
        if (!errors.isEmpty() || currency == null || limits == null || gestures == null) {
            return null;
        }
        return new DelightSettings(new DelightCatalogue(currency, gestures), limits);
    }

    private static DelightLimits limits(Map<String, Object> root, List<FieldError> errors) {
        if (!root.containsKey("limits")) {
            errors.add(FieldError.of("limits", "is required", "required"));
            return null;
        }
        Map<String, Object> m = object(root.get("limits"), "limits", errors);
        if (m == null) {
            return null;
        }
        int before = errors.size();
        Map<String, Object> named = new LinkedHashMap<>(m);
        named.remove(OLD_BUDGET);
        known(named, LIMITS, "limits", errors);
        BigDecimal perCustomer = number(m, "perCustomerPerMonth", "limits", errors);
        Integer cap = null;
        if (perCustomer != null) {
            if (perCustomer.compareTo(BigDecimal.ZERO) < 0
                    || perCustomer.compareTo(BigDecimal.valueOf(DelightLimits.MAX_PER_CUSTOMER)) > 0
                    || perCustomer.stripTrailingZeros().scale() > 0) {
                errors.add(FieldError.of("limits.perCustomerPerMonth", "must be a whole number from 0 to "
                        + DelightLimits.MAX_PER_CUSTOMER, "wholeFromZero", DelightLimits.MAX_PER_CUSTOMER));
            } else {
                cap = perCustomer.intValue();
            }
        }
        Long budget = null;
        if (m.containsKey(BUDGET) && m.containsKey(OLD_BUDGET)) {
            errors.add(FieldError.of("limits." + OLD_BUDGET, "is the old name of " + BUDGET + "; give only "
                    + BUDGET, "oldName", BUDGET));
        } else {
            budget = cents(m, m.containsKey(OLD_BUDGET) ? OLD_BUDGET : BUDGET, "limits",
                    DelightLimits.MAX_BUDGET_CENTS, errors);
        }
        String zoneText = string(m, "zone", "limits", 64, true, errors);
        ZoneId zone = null;
        if (zoneText != null) {
            try {
                zone = ZoneId.of(zoneText);
            } catch (DateTimeException e) {
                errors.add(FieldError.of("limits.zone", "must be a time zone like Europe/Amsterdam", "timeZone"));
            }
        }
        if (errors.size() > before || cap == null || budget == null || zone == null) {
            return null;
        }
        return new DelightLimits(cap, budget, zone);
    }

    private static List<DelightGesture> gestures(Map<String, Object> root, List<FieldError> errors) {
        if (!(root.get("gestures") instanceof List<?> items)) {
            errors.add(FieldError.of("gestures", "is required and must be an array", "requiredArray"));
            return null;
        }
        if (items.size() > DelightCatalogue.MAX_GESTURES) {
            errors.add(FieldError.of("gestures", "holds " + items.size() + " gestures, at most "
                    + DelightCatalogue.MAX_GESTURES, "tooManyGestures", items.size(), DelightCatalogue.MAX_GESTURES));
            return null;
        }
        List<DelightGesture> gestures = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "gestures[" + i + "]";
            DelightGesture g = gesture(items.get(i), path, errors);
            if (g != null) {
                Integer earlier = seen.putIfAbsent(g.id(), i);
                if (earlier != null) {
                    errors.add(FieldError.of(path + ".id", "\"" + g.id() + "\" is already used by gestures["
                            + earlier + "]", "idUsedBy", g.id(), "gestures[" + earlier + "]"));
                } else {
                    gestures.add(g);
                }
            }
        }
        return gestures;
    }

    private static DelightGesture gesture(Object value, String path, List<FieldError> errors) {
        Map<String, Object> m = object(value, path, errors);
        if (m == null) {
            return null;
        }
        int before = errors.size();
        known(m, GESTURE, path, errors);
        String id = string(m, "id", path, 64, true, errors);
        if (id != null && !DelightGesture.ID.matcher(id).matches()) {
            errors.add(FieldError.of(path + ".id", "must be lower-case letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit", "gestureId"));
        }
        String kindText = string(m, "kind", path, 20, true, errors);
        GestureKind kind = kindText == null ? null : GestureKind.byJsonName(kindText);
        if (kindText != null && kind == null) {
            List<String> names = new ArrayList<>();
            for (GestureKind k : GestureKind.values()) {
                names.add(k.jsonName());
            }
            errors.add(FieldError.of(path + ".kind", "must be one of " + String.join(", ", names), "oneOf",
                    String.join(", ", names)));
        }
        Long cost = 0L;
        if (m.containsKey("cost")) {
            cost = cents(m, "cost", path, DelightGesture.MAX_COST_CENTS, errors);
        }
        Map<String, GestureText> texts = texts(m, path, errors);
        if (errors.size() > before) {
            return null;
        }
        return new DelightGesture(id, kind, texts, cost);
    }

    private static Map<String, GestureText> texts(Map<String, Object> gesture, String gesturePath,
                                                  List<FieldError> errors) {
        String path = gesturePath + ".texts";
        if (!gesture.containsKey("texts")) {
            errors.add(FieldError.of(path, "is required", "required"));
            return null;
        }
        Map<String, Object> m = object(gesture.get("texts"), path, errors);
        if (m == null) {
            return null;
        }
        Map<String, GestureText> texts = new LinkedHashMap<>();
        if (!m.containsKey(DelightGesture.FALLBACK)) {
            errors.add(FieldError.of(path + ".en", "is required: English is the fallback", "requiredEnglish"));
        }
        for (Map.Entry<String, Object> e : m.entrySet()) {
            String where = path + "." + pathKey(e.getKey());
            if (!DelightGesture.LANGUAGES.contains(e.getKey())) {
                errors.add(FieldError.of(where, "unknown language; known: en, nl", "unknownLanguage"));
                continue;
            }
            Map<String, Object> t = object(e.getValue(), where, errors);
            if (t == null) {
                continue;
            }
            int before = errors.size();
            known(t, TEXT, where, errors);
            String name = string(t, "name", where, GestureText.MAX_NAME, true, errors);
            String description = string(t, "description", where, GestureText.MAX_TEXT, true, errors);
            String script = string(t, "script", where, GestureText.MAX_TEXT, false, errors);
            if (errors.size() == before) {
                texts.put(e.getKey(), new GestureText(name, description, script));
            }
        }
        return texts;
    }

    private static Long cents(Map<String, Object> m, String field, String path, long maxCents,
                              List<FieldError> errors) {
        BigDecimal amount = number(m, field, path, errors);
        if (amount == null) {
            return null;
        }
        String where = join(path, field);
        if (amount.signum() < 0 || amount.compareTo(BigDecimal.valueOf(maxCents, 2)) > 0) {
            String most = BigDecimal.valueOf(maxCents, 2).toPlainString();
            errors.add(FieldError.of(where, "must be between 0 and " + most, "betweenNumbers", "0", most));
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            errors.add(FieldError.of(where, "has more than two decimals", "decimals"));
            return null;
        }
        return amount.movePointRight(2).longValueExact();
    }

    private static BigDecimal number(Map<String, Object> m, String field, String path, List<FieldError> errors) {
        String where = join(path, field);
        if (!m.containsKey(field)) {
            errors.add(FieldError.of(where, "is required", "required"));
            return null;
        }
        Object v = m.get(field);
        if (v instanceof BigDecimal b) {
            return b;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger) {
            return new BigDecimal(v.toString());
        }
        if ((v instanceof Double || v instanceof Float) && Double.isFinite(((Number) v).doubleValue())) {
            return BigDecimal.valueOf(((Number) v).doubleValue());
        }
        errors.add(FieldError.of(where, "must be a number", "number"));
        return null;
    }

    private static String string(Map<String, Object> m, String field, String path, int max, boolean required,
                                 List<FieldError> errors) {
        String where = join(path, field);
        if (!m.containsKey(field)) {
            if (required) {
                errors.add(FieldError.of(where, "is required", "required"));
                return null;
            }
            return "";
        }
        if (!(m.get(field) instanceof String s)) {
            errors.add(FieldError.of(where, "must be a string", "string"));
            return null;
        }
        if (required && s.isBlank()) {
            errors.add(FieldError.of(where, "must not be blank", "blank"));
            return null;
        }
        if (s.strip().length() > max) {
            errors.add(FieldError.of(where, "is longer than " + max + " characters", "longer", max));
            return null;
        }
        return s.strip();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String path, List<FieldError> errors) {
        if (value instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                if (!(key instanceof String)) {
                    errors.add(FieldError.of(path, "has a key that is not a string", "keyNotString"));
                    return null;
                }
            }
            return (Map<String, Object>) map;
        }
        errors.add(FieldError.of(path, "must be an object", "object"));
        return null;
    }

    private static void known(Map<String, Object> m, Set<String> known, String path, List<FieldError> errors) {
        for (String key : m.keySet()) {
            if (!known.contains(key)) {
                String names = String.join(", ", new TreeSet<>(known));
                errors.add(FieldError.of(join(path, pathKey(key)), "unknown field; known: " + names, "unknownFieldKnown",
                        names));
            }
        }
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    // Odd keys are quoted so that an error message stays readable and unambiguous.
    private static String pathKey(String key) {
        if (key.matches("[A-Za-z_][A-Za-z0-9_]{0,40}")) {
            return key;
        }
        String oneLine = key.replaceAll("\\p{Cntrl}", "?");
        return "\"" + (oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…") + "\"";
    }

    private static Set<String> ordered(String... names) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
    }
}
