// Mirrors com.atlassian.plugins.rest:atlassian-rest-v2-api 9.1.x (Jira 11.3), annotation com.atlassian.plugins.rest.api.security.annotation.AdminOnly.
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Host surface: REST v2 lets only administrators call the annotated resource or method. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface AdminOnly {
}
