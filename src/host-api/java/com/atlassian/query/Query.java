// Mirrors com.atlassian.query:atlassian-query (shipped with Jira 11.3), interface com.atlassian.query.Query (members we call).
package com.atlassian.query;

/** Host surface: a parsed JQL query, passed on as is. */
public interface Query {
}
