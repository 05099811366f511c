package io.promisekeeper.core.settings;

import io.promisekeeper.core.notice.InvalidTemplate;
import io.promisekeeper.core.notice.NoticeTemplate;
import io.promisekeeper.core.notice.NoticeTemplates;
import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.settings.json.JsonSyntax;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the notice templates as JSON, {@code {"templates": [{"id", "language", "body"}]}}, strictly;
 * each problem names its path ({@code templates[1].body: unknown placeholder ${nam}}).
 */
public final class TemplatesJson {
    /** Most templates (all languages together) an instance keeps. */
    public static final int MAX_TEMPLATES = 200;
    private static final Set<String> FIELDS = Set.of("id", "language", "body");

    private TemplatesJson() {
    }

    /** @throws InvalidSettings naming every problem */
    public static NoticeTemplates read(String json) {
        Object tree = SettingsDocument.parse(json);
        List<FieldError> errors = new ArrayList<>();
        List<NoticeTemplate> templates = new ArrayList<>();
        if (!(tree instanceof Map<?, ?> root)) {
            throw new InvalidSettings(List.of(FieldError.of("$", "must be an object", "object")));
        }
        for (Object key : root.keySet()) {
            if (!"templates".equals(key)) {
                errors.add(FieldError.of(String.valueOf(key), "unknown field; known: templates", "unknownFieldTemplates"));
            }
        }
        if (!(root.get("templates") instanceof List<?> items)) {
            errors.add(FieldError.of("templates", "is required and must be an array", "requiredArray"));
        } else if (items.size() > MAX_TEMPLATES) {
            errors.add(FieldError.of("templates", "holds more than " + MAX_TEMPLATES + " templates", "tooManyTemplates",
                    MAX_TEMPLATES));
        } else {
            for (int i = 0; i < items.size(); i++) {
                NoticeTemplate t = template(items.get(i), "templates[" + i + "]", errors);
                if (t != null) {
                    templates.add(t);
                }
            }
        }
        if (errors.isEmpty()) {
            try {
                return new NoticeTemplates(templates);
            } catch (InvalidTemplate e) {
                errors.addAll(e.errors());
            }
        }
        throw new InvalidSettings(errors);
    }

    /** The templates as indented JSON, sorted by id and language. */
    public static String write(NoticeTemplates templates) {
        List<Object> items = new ArrayList<>();
        for (NoticeTemplate t : templates.all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.id());
            m.put("language", t.language());
            m.put("body", t.body());
            items.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("templates", items);
        return JsonSyntax.standard().write(root);
    }

    private static NoticeTemplate template(Object value, String path, List<FieldError> errors) {
        if (!(value instanceof Map<?, ?> m)) {
            errors.add(FieldError.of(path, "must be an object", "object"));
            return null;
        }
        int before = errors.size();
        for (Object key : m.keySet()) {
            if (!FIELDS.contains(key)) {
                errors.add(FieldError.of(path + "." + key, "unknown field; known: body, id, language", "unknownFieldTemplate"));
            }
        }
        String id = string(m.get("id"), path + ".id", errors);
        String language = string(m.get("language"), path + ".language", errors);
        String body = string(m.get("body"), path + ".body", errors);
        if (errors.size() > before) {
            return null;
        }
        // The core names problems templates.<id>.<language>.<field>; the admin page needs the array index.
        String corePrefix = "templates." + id + "." + language + ".";
        for (FieldError e : NoticeTemplate.check(id, language, body)) {
            String field = e.field().startsWith(corePrefix) ? path + "." + e.field().substring(corePrefix.length())
                    : e.field();
            errors.add(e.at(field));
        }
        return errors.size() > before ? null : new NoticeTemplate(id, language, body);
    }

    private static String string(Object value, String path, List<FieldError> errors) {
        if (!(value instanceof String s)) {
            errors.add(FieldError.of(path, "is required and must be a string", "requiredString"));
            return null;
        }
        return s;
    }
}
