// Mirrors com.atlassian.jira:jira-api 11.3.0, class com.atlassian.jira.event.AbstractEvent.
package com.atlassian.jira.event;

import java.util.Date;

/** Host surface: base of Jira's events. */
public abstract class AbstractEvent {
    public Date getTime() {
        throw new UnsupportedOperationException("host surface");
    }
}
