package io.promisekeeper.core.forecast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The distinct values of one categorical attribute, each interned to a small int code (0 = absent). */
public final class ValueDictionary {
    /** Code of "the attribute is not present on this event". */
    public static final int ABSENT = 0;

    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    public ValueDictionary() {
        values.add(null);
    }

    /** Returns the code of the value, adding it when new; null means absent. */
    public int intern(String value) {
        if (value == null) {
            return ABSENT;
        }
        Integer code = codes.get(value);
        if (code == null) {
            code = values.size();
            codes.put(value, code);
            values.add(value);
        }
        return code;
    }

    /** Returns the code of a known value, or -1 when this dictionary has never seen it. */
    public int codeOf(String value) {
        if (value == null) {
            return ABSENT;
        }
        Integer code = codes.get(value);
        return code == null ? -1 : code;
    }

    public String value(int code) {
        return values.get(code);
    }

    /** Number of codes including the absent code. */
    public int size() {
        return values.size();
    }
}
