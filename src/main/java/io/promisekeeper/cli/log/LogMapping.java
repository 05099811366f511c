package io.promisekeeper.cli.log;

import io.promisekeeper.core.forecast.ResolutionRule;

import java.util.Set;
import java.util.regex.Pattern;

/** Which columns (or XES keys, or Jira fields) of a log play which part; null means not mapped. */
public record LogMapping(String caseColumn, String timeColumn, String statusColumn, String openedColumn,
                         String resolvedColumn, Pattern resolvedWhen, String segmentColumn, Set<String> exclude,
                         String timeFormat) {
    public LogMapping {
        exclude = exclude == null ? Set.of() : Set.copyOf(exclude);
    }

    /** The resolved column if mapped, else the status pattern, else the last event of each ticket. */
    public ResolutionRule resolution() {
        if (resolvedColumn != null) {
            return ResolutionRule.column();
        }
        if (resolvedWhen != null) {
            return ResolutionRule.status(status -> resolvedWhen.matcher(status).matches());
        }
        return ResolutionRule.lastEvent();
    }

    /** True for columns that are mapped to a role or excluded, i.e. not a categorical attribute. */
    public boolean isReserved(String column) {
        return column.equals(caseColumn) || column.equals(timeColumn) || column.equals(statusColumn)
                || column.equals(openedColumn) || column.equals(resolvedColumn) || exclude.contains(column);
    }
}
