package io.promisekeeper.core.delight;

import java.util.Locale;

/** The sort of gesture, which the panel uses for its icon and insight for grouping. */
public enum GestureKind {
    CALL, NOTE, CHECK_IN, GOODWILL, FOLLOW_UP, OTHER;

    /** The name as JSON and admins see it, e.g. {@code check-in}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind with this JSON name, or null. */
    public static GestureKind byJsonName(String name) {
        for (GestureKind k : values()) {
            if (k.jsonName().equals(name)) {
                return k;
            }
        }
        return null;
    }
}
