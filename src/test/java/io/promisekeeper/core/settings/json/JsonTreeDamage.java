package io.promisekeeper.core.settings.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/** Random damage to a parsed JSON tree, for the property tests of the settings readers. */
public final class JsonTreeDamage {
    private JsonTreeDamage() {
    }

    /** A changeable deep copy of {@code value} (what the JSON syntax returns is unmodifiable). */
    public static Object mutable(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put((String) k, mutable(v)));
            return copy;
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>();
            l.forEach(v -> copy.add(mutable(v)));
            return copy;
        }
        return value;
    }

    /**
     * One random change somewhere in the mutable tree {@code root}: a key dropped, renamed, given a value of
     * {@code values} or wrapped in a list; a list entry added, removed or replaced. Returns the tree (a new value
     * when the root holds no container).
     */
    @SuppressWarnings("unchecked")
    public static Object damaged(Object root, Random random, Function<Random, Object> values) {
        List<Object> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return values.apply(random);
        }
        Object c = containers.get(random.nextInt(containers.size()));
        if (c instanceof Map<?, ?> raw) {
            Map<String, Object> m = (Map<String, Object>) raw;
            if (m.isEmpty()) {
                m.put("extra", values.apply(random));
                return root;
            }
            String key = new ArrayList<>(m.keySet()).get(random.nextInt(m.size()));
            switch (random.nextInt(4)) {
                case 0 -> m.remove(key);
                case 1 -> m.put(key + (random.nextBoolean() ? "x" : "_"), m.remove(key));
                case 2 -> m.put(key, values.apply(random));
                default -> {
                    List<Object> wrapped = new ArrayList<>();
                    wrapped.add(m.get(key));
                    m.put(key, wrapped);
                }
            }
        } else {
            List<Object> l = (List<Object>) c;
            if (l.isEmpty() || random.nextInt(3) == 0) {
                l.add(l.isEmpty() || random.nextBoolean() ? values.apply(random) : mutable(l.get(0)));
            } else if (random.nextBoolean()) {
                l.remove(random.nextInt(l.size()));
            } else {
                l.set(random.nextInt(l.size()), values.apply(random));
            }
        }
        return root;
    }

    private static void collect(Object value, List<Object> out) {
        if (value instanceof Map<?, ?> m) {
            out.add(m);
            m.values().forEach(v -> collect(v, out));
        } else if (value instanceof List<?> l) {
            out.add(l);
            l.forEach(v -> collect(v, out));
        }
    }
}
