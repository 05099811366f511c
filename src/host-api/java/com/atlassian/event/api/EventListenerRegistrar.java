// Mirrors com.atlassian.event:atlassian-event 7.x (Jira 11.3), interface com.atlassian.event.api.EventListenerRegistrar (members we call).
package com.atlassian.event.api;

/** Host surface: registers and unregisters event listeners. */
public interface EventListenerRegistrar {
    void register(Object listener);

    void unregister(Object listener);
}
