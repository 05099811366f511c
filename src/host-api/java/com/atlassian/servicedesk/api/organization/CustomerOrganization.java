// Mirrors com.atlassian.servicedesk:jira-servicedesk-api 11.3.0, interface com.atlassian.servicedesk.api.organization.CustomerOrganization (members we call).
package com.atlassian.servicedesk.api.organization;

/** Host surface: a JSM customer organisation; the values of a request's Organizations field. */
public interface CustomerOrganization {
    int getId();

    String getName();
}
