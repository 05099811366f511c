// Mirrors com.atlassian.event:atlassian-event 7.x (Jira 11.3), annotation com.atlassian.event.api.EventListener.
package com.atlassian.event.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Host surface: marks a method the event bus calls with events of its parameter type. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {
}
