package io.promisekeeper.core.settings.json;

import io.promisekeeper.core.rules.TriggerKind;
import io.promisekeeper.core.rules.TriggerParameter;
import io.promisekeeper.core.rules.Triggers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The triggers a rule may have, as plain values for JSON: what the admin form is built from. Texts are message
 * keys; the page supplies them in the administrator's language.
 */
public final class TriggerSchema {
    private TriggerSchema() {
    }

    /** {@code {"triggers": [{"type", "labelKey", "aboutPromises", "parameters": [...]}, ...]}} in catalogue order. */
    public static Map<String, Object> tree() {
        List<Object> triggers = new ArrayList<>();
        for (TriggerKind kind : Triggers.ALL) {
            Map<String, Object> trigger = new LinkedHashMap<>();
            trigger.put("type", kind.type());
            trigger.put("labelKey", kind.labelKey());
            trigger.put("aboutPromises", kind.aboutPromises());
            List<Object> parameters = new ArrayList<>();
            for (TriggerParameter p : kind.parameters()) {
                Map<String, Object> parameter = new LinkedHashMap<>();
                parameter.put("name", p.name());
                parameter.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
                if (p.min() != null) {
                    parameter.put("min", p.min());
                    parameter.put("max", p.max());
                }
                parameter.put("optional", p.optional());
                if (p.optional()) {
                    parameter.put("default", p.write(p.fallback()));
                }
                parameter.put("hintKey", kind.hintKey(p));
                parameters.add(parameter);
            }
            trigger.put("parameters", parameters);
            triggers.add(trigger);
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("triggers", triggers);
        return tree;
    }

    /** Every message key the schema names, for the page to hand over with the script's texts. */
    public static List<String> messageKeys() {
        List<String> keys = new ArrayList<>();
        for (TriggerKind kind : Triggers.ALL) {
            keys.add(kind.labelKey());
            kind.parameters().forEach(p -> keys.add(kind.hintKey(p)));
        }
        return keys;
    }
}
