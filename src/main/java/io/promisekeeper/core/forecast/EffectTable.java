package io.promisekeeper.core.forecast;

import java.util.List;

/**
 * What the model learnt about one attribute: for each value, how much more (or less) often tickets with
 * that value broke their promise than the base rate at the same point of the clock, and on how many
 * observations that rests.
 */
public record EffectTable(String attribute, List<String> values, float[] effects, int[] observations) {
    public EffectTable {
        values = List.copyOf(values);
        if (effects.length != values.size() || observations.length != values.size()) {
            throw new IllegalArgumentException("effect table sizes differ for " + attribute);
        }
    }

    /** Effects indexed by the codes of {@code dictionary}; values the model never saw get 0. */
    float[] byCode(ValueDictionary dictionary) {
        float[] out = new float[dictionary.size()];
        for (int i = 0; i < values.size(); i++) {
            int code = dictionary.codeOf(values.get(i));
            if (code > 0) {
                out[code] = effects[i];
            }
        }
        return out;
    }

    int[] observationsByCode(ValueDictionary dictionary) {
        int[] out = new int[dictionary.size()];
        for (int i = 0; i < values.size(); i++) {
            int code = dictionary.codeOf(values.get(i));
            if (code > 0) {
                out[code] = observations[i];
            }
        }
        return out;
    }
}
