// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.issue.customfields.CustomFieldType<T, S> (members we call).
package com.atlassian.jira.issue.customfields;

/** Host surface: a custom field type; its key is the plugin key and module key, like {@code app:module}. */
public interface CustomFieldType<T, S> {
    String getKey();
}
