package io.promisekeeper.core.settings;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.settings.json.JsonSyntax;
import io.promisekeeper.core.settings.json.MalformedJson;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** How every admin settings document is read: JSON first, then the document's own fields, all errors at once. */
public final class SettingsDocument {
    private SettingsDocument() {
    }

    /** The JSON tree of {@code json}; @throws InvalidSettings naming {@code $} (and where it broke) when it is not JSON */
    public static Object parse(String json) {
        try {
            return JsonSyntax.standard().parse(json);
        } catch (MalformedJson e) {
            throw new InvalidSettings(List.of(e.error()));
        }
    }

    /**
     * Reads {@code json} with {@code reader}, which adds every problem it finds to the list it is given and may
     * return null when it cannot go on.
     *
     * @throws InvalidSettings naming every problem; {@code $} is the document itself
     */
    public static <T> T read(String json, BiFunction<Object, List<FieldError>, T> reader) {
        Object tree = parse(json);
        List<FieldError> errors = new ArrayList<>();
        T value = reader.apply(tree, errors);
        if (!errors.isEmpty() || value == null) {
            throw new InvalidSettings(errors.isEmpty() ? List.of(FieldError.of("$", "is not valid", "invalid")) : errors);
        }
        return value;
    }
}
