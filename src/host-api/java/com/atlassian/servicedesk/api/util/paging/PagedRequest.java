// Mirrors com.atlassian.servicedesk:jira-servicedesk-api 11.3.0, interface com.atlassian.servicedesk.api.util.paging.PagedRequest (members we call).
package com.atlassian.servicedesk.api.util.paging;

/** Host surface: which page a JSM query asks for. */
public interface PagedRequest {
    int getStart();

    int getLimit();
}
