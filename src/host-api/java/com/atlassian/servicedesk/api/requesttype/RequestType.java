// Mirrors com.atlassian.servicedesk:jira-servicedesk-api 11.3.0, interface com.atlassian.servicedesk.api.requesttype.RequestType (members we call).
package com.atlassian.servicedesk.api.requesttype;

/** Host surface: a JSM request type. */
public interface RequestType {
    String getName();
}
