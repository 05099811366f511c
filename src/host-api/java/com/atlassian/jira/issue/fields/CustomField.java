// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.issue.fields.CustomField (members we call).
package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldType;

/** Host surface: a custom field, known here by its type rather than its (renameable, translated) name. */
public interface CustomField {
    String getId();

    @SuppressWarnings("rawtypes")
    CustomFieldType getCustomFieldType();
}
