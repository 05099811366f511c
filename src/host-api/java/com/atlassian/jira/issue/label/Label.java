// Mirrors com.atlassian.jira:jira-api 11.3.0, class com.atlassian.jira.issue.label.Label (members we call).
package com.atlassian.jira.issue.label;

/** Host surface: one label on an issue. */
public class Label {
    private final String label;

    public Label(Long id, Long issueId, String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
