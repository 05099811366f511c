// Mirrors com.atlassian.plugins:atlassian-plugins-webresource-api 7.x (Jira 11.3), interface RequiredResources (members we call).
package com.atlassian.webresource.api.assembler;

/** Host surface: asks for web resources on the current page. */
public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);
}
