package io.promisekeeper.core.settings.json;

import java.util.ServiceLoader;

/** Holds the one {@link JsonSyntax} the class path provides (META-INF/services), loaded on first use. */
final class StandardSyntax {
    static final JsonSyntax INSTANCE = ServiceLoader.load(JsonSyntax.class, JsonSyntax.class.getClassLoader())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no " + JsonSyntax.class.getName()
                    + " in META-INF/services: the JSON adapter is not on the class path"));

    private StandardSyntax() {
    }
}
