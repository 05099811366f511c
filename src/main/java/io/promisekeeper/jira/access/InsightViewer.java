package io.promisekeeper.jira.access;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * Who is looking at insight figures, which projects they may see (key to name, in key order), in which language
 * and time zone, and whether they are a Jira administrator (who alone sees every project and the settings).
 */
public record InsightViewer(String userKey, Map<String, String> projects, Locale locale, ZoneId zone,
                            boolean administrator) {
    public InsightViewer {
        projects = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(projects));
    }
}
