// Mirrors com.atlassian.jira:jira-api 11.3.0, class com.atlassian.jira.issue.search.SearchResults (members we call).
package com.atlassian.jira.issue.search;

import java.util.List;

/** Host surface: one page of search results and the total number of hits. */
public class SearchResults<T> {
    protected SearchResults() {
    }

    public List<T> getResults() {
        throw new UnsupportedOperationException("host surface");
    }

    public int getTotal() {
        throw new UnsupportedOperationException("host surface");
    }
}
