// Mirrors com.atlassian.plugins:atlassian-plugins-api 8.x (Jira 11.3), class com.atlassian.plugin.PluginParseException.
package com.atlassian.plugin;

/** Host surface: a module's configuration could not be read. */
public class PluginParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginParseException(String message) {
        super(message);
    }
}
