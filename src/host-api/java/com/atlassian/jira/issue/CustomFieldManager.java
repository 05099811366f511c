// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.issue.CustomFieldManager (members we call).
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.List;

/** Host surface: finds the custom fields that apply to an issue. */
public interface CustomFieldManager {
    List<CustomField> getCustomFieldObjects(Issue issue);
}
