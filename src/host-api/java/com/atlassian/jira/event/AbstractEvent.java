// Mirrors com.atlassian.jira:jira-api 11.3.0, class com.atlassian.jira.event.AbstractEvent (members we call).
package com.atlassian.jira.event;

import java.util.Date;

/** Host surface: base of Jira's events; stamped with the time it was created. */
public abstract class AbstractEvent {
    private final Date time = new Date();

    protected AbstractEvent() {
    }

    public Date getTime() {
        return time;
    }
}
