package io.promisekeeper.core.settings;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.settings.json.JsonSyntax;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes {@link InsightSettings} strictly: {@code {"leadGroups": ["service-leads"]}}. Documents stored
 * before the groups were called lead groups name them {@code teamLeadGroups}; that key is still read.
 */
public final class InsightSettingsJson {
    private static final String GROUPS = "leadGroups";
    private static final String OLD_GROUPS = "teamLeadGroups";

    private InsightSettingsJson() {
    }

    /** The settings in {@code json}; @throws InvalidSettings naming every problem */
    public static InsightSettings read(String json) {
        Object tree = SettingsDocument.parse(json);
        List<FieldError> errors = new ArrayList<>();
        if (!(tree instanceof Map<?, ?> root)) {
            throw new InvalidSettings(List.of(FieldError.of("$", "must be an object", "object")));
        }
        for (Object key : root.keySet()) {
            if (!GROUPS.equals(key) && !OLD_GROUPS.equals(key)) {
                errors.add(FieldError.of(String.valueOf(key), "is not a known field", "unknownField"));
            }
        }
        if (root.containsKey(GROUPS) && root.containsKey(OLD_GROUPS)) {
            errors.add(FieldError.of(OLD_GROUPS, "is the old name of " + GROUPS + "; give only " + GROUPS,
                    "oldGroupsKey"));
        }
        String key = root.containsKey(GROUPS) || !root.containsKey(OLD_GROUPS) ? GROUPS : OLD_GROUPS;
        Object groups = root.get(key);
        Set<String> names = new LinkedHashSet<>();
        if (!(groups instanceof List<?> list)) {
            errors.add(FieldError.of(key, "is required: a list of Jira group names", "requiredGroups"));
        } else {
            if (list.size() > InsightSettings.MAX_GROUPS) {
                errors.add(FieldError.of(key, "may name at most " + InsightSettings.MAX_GROUPS + " groups", "tooManyGroups",
                        InsightSettings.MAX_GROUPS));
            }
            for (int i = 0; i < list.size(); i++) {
                String path = key + "[" + i + "]";
                if (!(list.get(i) instanceof String name) || name.isBlank()) {
                    errors.add(FieldError.of(path, "must be a group name", "groupName"));
                } else if (name.strip().length() > InsightSettings.MAX_GROUP_NAME) {
                    errors.add(FieldError.of(path, "is longer than " + InsightSettings.MAX_GROUP_NAME + " characters",
                            "longer", InsightSettings.MAX_GROUP_NAME));
                } else {
                    names.add(name.strip());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidSettings(errors);
        }
        return new InsightSettings(List.copyOf(names));
    }

    /** The settings as JSON that {@link #read} gives back equal. */
    public static String write(InsightSettings settings) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put(GROUPS, settings.leadGroups());
        return JsonSyntax.standard().write(root);
    }
}
