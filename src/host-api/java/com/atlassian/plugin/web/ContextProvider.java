// Mirrors com.atlassian.plugins:atlassian-plugins-webfragment-api 7.x (Jira 11.3), interface com.atlassian.plugin.web.ContextProvider.
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/** Host surface: supplies the context a web panel's template is rendered with. */
public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
