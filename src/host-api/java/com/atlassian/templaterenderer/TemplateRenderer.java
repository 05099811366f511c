// Mirrors com.atlassian.templaterenderer:atlassian-template-renderer-api 6.x (Jira 11.3), interface TemplateRenderer (members we call).
package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Host surface: renders the plugin's Velocity templates. */
public interface TemplateRenderer {
    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;
}
