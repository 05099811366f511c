// Mirrors com.atlassian.servicedesk:jira-servicedesk-api 11.3.0, interface com.atlassian.servicedesk.api.requesttype.RequestTypeQuery (members we call).
package com.atlassian.servicedesk.api.requesttype;

/** Host surface: the parameters of a request type query (docs.atlassian.com/jira-servicedesk/10.3.2/…/RequestTypeQuery.Builder.html). */
public interface RequestTypeQuery {
    /** Host surface: builds a {@link RequestTypeQuery}. */
    interface Builder {
        Builder issue(Long issue);

        RequestTypeQuery build();
    }
}
