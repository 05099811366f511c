// Mirrors com.atlassian.sal:sal-api 7.x (Jira 11.3), annotation com.atlassian.sal.api.websudo.WebSudoRequired.
package com.atlassian.sal.api.websudo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Host surface: REST calls to the annotated resource need a secure administrator session (WebSudo). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface WebSudoRequired {
}
