// Mirrors com.atlassian.jira:jira-api 11.3.x (@PublicApi), class com.atlassian.jira.plugin.webfragment.conditions.UserIsAdminCondition (real superclass: AbstractWebCondition).
package com.atlassian.jira.plugin.webfragment.conditions;

/**
 * A Jira web-fragment condition that atlassian-plugin.xml names. Only the class is mirrored, so the bundle's
 * import of its package can be checked in an OSGi container; the app calls none of its members.
 */
public class UserIsAdminCondition {
    private UserIsAdminCondition() {
    }
}
