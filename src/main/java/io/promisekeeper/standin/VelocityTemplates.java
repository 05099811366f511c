package io.promisekeeper.standin;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.Writer;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Renders the plugin's own Velocity templates outside Jira, from the class path, as Jira's template renderer
 * does for the plugin; like Jira without escaping turned on, it escapes nothing itself.
 */
public final class VelocityTemplates implements TemplateRenderer {
    private final VelocityEngine engine;

    public VelocityTemplates() {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        p.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        p.setProperty("resource.loader.class.cache", "true");
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        // Strict: a missing key or a typo in the template fails the render instead of printing "$p.tpyo".
        p.setProperty("runtime.strict_mode.enable", "true");
        engine = new VelocityEngine(p);
        engine.init();
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) {
        plainValues("", context);
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            template.merge(new VelocityContext(new java.util.HashMap<>(context)), writer);
        } catch (RuntimeException e) {
            throw new RenderingException(e);
        }
    }

    /**
     * Jira 10+ blocks a template's method calls unless allow-listed; our templates get plain values only (texts,
     * numbers, booleans, maps and lists of them), so every {@code $a.b} they read is {@code java.util.Map#get}.
     */
    private static void plainValues(String path, Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> plainValues(path.isEmpty() ? String.valueOf(k) : path + "." + k, v));
        } else if (value instanceof java.util.List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                plainValues(path + "[" + i + "]", list.get(i));
            }
        } else {
            throw new RenderingException(new IllegalArgumentException("template value " + path + " is a "
                    + value.getClass().getName() + ", not a plain value (text, number, boolean, map or list)"));
        }
    }
}
