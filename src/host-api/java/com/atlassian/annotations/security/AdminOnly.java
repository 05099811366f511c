// Mirrors com.atlassian.annotations:atlassian-annotations 5.x (Jira 11.3), annotation com.atlassian.annotations.security.AdminOnly.
package com.atlassian.annotations.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Host surface: the secure-endpoints filter lets only administrators reach the annotated servlet or method. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminOnly {
}
