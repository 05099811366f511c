package io.promisekeeper.core.forecast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The statuses and categorical attributes a log carries, named as the log names them. */
public final class LogSchema {
    private final ValueDictionary statuses = new ValueDictionary();
    private final List<String> attributeNames = new ArrayList<>();
    private final List<ValueDictionary> attributes = new ArrayList<>();
    private final Map<String, Integer> indexByName = new HashMap<>();

    /** Index of the attribute, adding it when new. */
    public int attribute(String name) {
        Integer index = indexByName.get(name);
        if (index != null) {
            return index;
        }
        indexByName.put(name, attributeNames.size());
        attributeNames.add(name);
        attributes.add(new ValueDictionary());
        return attributeNames.size() - 1;
    }

    public ValueDictionary statuses() { return statuses; }

    public int attributeCount() { return attributeNames.size(); }

    public String attributeName(int index) { return attributeNames.get(index); }

    public ValueDictionary values(int attribute) { return attributes.get(attribute); }

    /** Index of a known attribute, or -1. */
    public int indexOf(String name) {
        Integer index = indexByName.get(name);
        return index == null ? -1 : index;
    }

    public List<String> attributeNames() { return List.copyOf(attributeNames); }
}
