// Mirrors com.atlassian.event:atlassian-event 7.x (Jira 11.3), interface com.atlassian.event.api.EventPublisher.
package com.atlassian.event.api;

/** Host surface: the platform's event bus. */
public interface EventPublisher extends EventListenerRegistrar {
    void publish(Object event);
}
