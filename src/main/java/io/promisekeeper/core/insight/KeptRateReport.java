package io.promisekeeper.core.insight;

import java.util.List;
import java.util.Map;

/** Kept-rate figures overall and per grouping, each grouping's rows sorted by group name. */
public record KeptRateReport(KeptRate overall, Map<Grouping, List<KeptRate>> groups) {
    public KeptRateReport {
        groups = Map.copyOf(groups);
    }

    /** The rows of one grouping. */
    public List<KeptRate> by(Grouping grouping) {
        return groups.getOrDefault(grouping, List.of());
    }
}
