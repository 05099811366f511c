// Mirrors com.atlassian.servicedesk:jira-servicedesk-api 11.3.0, interface com.atlassian.servicedesk.api.util.paging.PagedResponse (members we call).
package com.atlassian.servicedesk.api.util.paging;

import java.util.List;

/** Host surface: one page of a JSM query's results. */
public interface PagedResponse<T> extends Iterable<T> {
    List<T> getResults();

    boolean hasNextPage();
}
