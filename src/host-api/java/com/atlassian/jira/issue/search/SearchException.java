// Mirrors com.atlassian.jira:jira-api 11.3.0, class com.atlassian.jira.issue.search.SearchException (members we call).
package com.atlassian.jira.issue.search;

/** Host surface: a search that could not run. */
public class SearchException extends Exception {
    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }
}
