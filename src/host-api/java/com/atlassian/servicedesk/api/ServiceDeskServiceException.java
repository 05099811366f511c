// Mirrors com.atlassian.servicedesk:jira-servicedesk-api 11.3.0, class com.atlassian.servicedesk.api.ServiceDeskServiceException.
package com.atlassian.servicedesk.api;

/** Host surface: a JSM service call failed (for example the issue is not a customer request); unchecked. */
public abstract class ServiceDeskServiceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
}
