package io.promisekeeper.core.settings;

import java.util.List;

/**
 * Who besides Jira and project administrators may see a service project's insight page: members of these lead
 * groups (Jira group names), for the projects they may browse.
 */
public record InsightSettings(List<String> leadGroups) {
    /** Most groups an administrator may name; a longer list is a mistake, not a setting. */
    public static final int MAX_GROUPS = 50;
    /** Longest group name Jira allows. */
    public static final int MAX_GROUP_NAME = 255;

    public InsightSettings {
        leadGroups = List.copyOf(leadGroups);
    }

    /** No lead group: project and Jira administrators only. */
    public static InsightSettings defaults() {
        return new InsightSettings(List.of());
    }
}
