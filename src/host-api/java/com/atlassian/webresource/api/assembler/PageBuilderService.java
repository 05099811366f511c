// Mirrors com.atlassian.plugins:atlassian-plugins-webresource-api 7.x (Jira 11.3), interface PageBuilderService (members we call).
package com.atlassian.webresource.api.assembler;

/** Host surface: the web resources of the page being built. */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}
