// Mirrors com.atlassian.jira:jira-api 11.3.0, class com.atlassian.jira.issue.history.ChangeItemBean (members we call).
package com.atlassian.jira.issue.history;

import java.sql.Timestamp;

/** Host surface: one field change inside a change group: raw values (ids, keys) and their display strings. */
public class ChangeItemBean {
    private final String fieldType;
    private final String field;
    private final String from;
    private final String fromString;
    private final String to;
    private final String toString;
    private final Timestamp created;

    public ChangeItemBean(String fieldType, String field, String from, String fromString, String to, String toString,
                          Timestamp created) {
        this.fieldType = fieldType;
        this.field = field;
        this.from = from;
        this.fromString = fromString;
        this.to = to;
        this.toString = toString;
        this.created = created;
    }

    public String getField() {
        return field;
    }

    public String getFrom() {
        return from;
    }

    public String getFromString() {
        return fromString;
    }

    public String getTo() {
        return to;
    }

    public String getToString() {
        return toString;
    }
}
