// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.bc.issue.search.SearchService (members we call).
package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/** Host surface: JQL parsing and issue search. */
public interface SearchService {
    ParseResult parseQuery(ApplicationUser searcher, String query);

    SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException;

    /** Host surface: the outcome of parsing a JQL string. */
    final class ParseResult {
        private ParseResult() {
        }

        public Query getQuery() {
            throw new UnsupportedOperationException("host surface");
        }

        public boolean isValid() {
            throw new UnsupportedOperationException("host surface");
        }
    }
}
