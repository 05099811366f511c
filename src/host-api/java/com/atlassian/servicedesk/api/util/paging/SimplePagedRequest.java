// Mirrors com.atlassian.servicedesk:jira-servicedesk-api 11.3.0, class com.atlassian.servicedesk.api.util.paging.SimplePagedRequest (members we call).
package com.atlassian.servicedesk.api.util.paging;

/** Host surface: an immutable page request; the body here exists only so that the surface compiles. */
public class SimplePagedRequest implements PagedRequest {
    private final int start;
    private final int limit;

    public SimplePagedRequest(int start, int limit) {
        this.start = start;
        this.limit = limit;
    }

    @Override
    public int getStart() {
        return start;
    }

    @Override
    public int getLimit() {
        return limit;
    }
}
