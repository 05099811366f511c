// Mirrors com.atlassian.plugins:atlassian-plugins-webresource-api 7.x (Jira 11.3), interface WebResourceAssembler (members we call).
package com.atlassian.webresource.api.assembler;

/** Host surface: collects what a page needs. */
public interface WebResourceAssembler {
    RequiredResources resources();
}
