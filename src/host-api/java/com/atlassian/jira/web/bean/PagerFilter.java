// Mirrors com.atlassian.jira:jira-api 11.3.0, class com.atlassian.jira.web.bean.PagerFilter (members we call).
package com.atlassian.jira.web.bean;

/** Host surface: which page of search results to fetch. */
public class PagerFilter<T> {
    private final int start;
    private final int max;

    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
