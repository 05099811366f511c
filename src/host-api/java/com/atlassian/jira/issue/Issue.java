// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.issue.Issue (members we call).
package com.atlassian.jira.issue;

/**
 * Host surface: a Jira issue (a JSM request). The members below the first four are abstract in Jira; here they have
 * throwing defaults only so that the command-line tool's stand-in issues need not implement what they never use.
 */
public interface Issue {
    Long getId();

    String getKey();

    String getAssigneeId();

    java.util.Collection<com.atlassian.jira.bc.project.component.ProjectComponent> getComponents();

    default java.sql.Timestamp getCreated() {
        throw new UnsupportedOperationException("host surface");
    }

    default java.sql.Timestamp getResolutionDate() {
        throw new UnsupportedOperationException("host surface");
    }

    default com.atlassian.jira.issue.status.Status getStatus() {
        throw new UnsupportedOperationException("host surface");
    }

    default com.atlassian.jira.issue.priority.Priority getPriority() {
        throw new UnsupportedOperationException("host surface");
    }

    default com.atlassian.jira.issue.issuetype.IssueType getIssueType() {
        throw new UnsupportedOperationException("host surface");
    }

    default com.atlassian.jira.project.Project getProjectObject() {
        throw new UnsupportedOperationException("host surface");
    }

    default java.util.Set<com.atlassian.jira.issue.label.Label> getLabels() {
        throw new UnsupportedOperationException("host surface");
    }

    default com.atlassian.jira.user.ApplicationUser getAssignee() {
        throw new UnsupportedOperationException("host surface");
    }

    default com.atlassian.jira.user.ApplicationUser getReporter() {
        throw new UnsupportedOperationException("host surface");
    }

    default Object getCustomFieldValue(com.atlassian.jira.issue.fields.CustomField customField) {
        throw new UnsupportedOperationException("host surface");
    }
}
