package io.promisekeeper.jira.admin;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.promisekeeper.core.notice.Placeholder;
import io.promisekeeper.core.settings.json.TriggerSchema;
import io.promisekeeper.jira.json.StrictJson;
import io.promisekeeper.jira.web.Html;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The admin page's markup: the template, the REST address, and the script's texts in the administrator's
 * language. Shared by the servlet in Jira and by the preview server, so both show the same page.
 */
public class AdminPage {
    public static final String TEMPLATE = "templates/admin/admin-page.vm";
    /** Where the admin REST resource lives, below the context path. */
    public static final String REST_PATH = "/rest/promise-keeper/1.0/admin";
    /** Every text the script shows; handed over as a JSON block so the script never builds markup from them. */
    static final List<String> SCRIPT_TEXTS = List.of(
            "promise-keeper.admin.js.saved",
            "promise-keeper.admin.js.conflict",
            "promise-keeper.admin.js.invalid",
            "promise-keeper.admin.js.failed",
            "promise-keeper.admin.js.forbidden",
            "promise-keeper.admin.js.norules",
            "promise-keeper.admin.js.example.enable",
            "promise-keeper.admin.js.example.added",
            "promise-keeper.admin.js.example.enabled",
            "promise-keeper.admin.js.example.example-at-risk-delay-notice",
            "promise-keeper.admin.js.example.example-at-risk-delay-notice.what",
            "promise-keeper.admin.js.example.example-broken-personal-call",
            "promise-keeper.admin.js.example.example-broken-personal-call.what",
            "promise-keeper.admin.js.example.example-long-wait-check-in",
            "promise-keeper.admin.js.example.example-long-wait-check-in.what",
            "promise-keeper.admin.js.edit",
            "promise-keeper.admin.js.remove",
            "promise-keeper.admin.js.on",
            "promise-keeper.admin.js.off",
            "promise-keeper.admin.js.newrule",
            "promise-keeper.admin.js.dryrun.summary",
            "promise-keeper.admin.js.dryrun.rule",
            "promise-keeper.admin.js.noaudit",
            "promise-keeper.admin.js.audit.entry",
            "promise-keeper.admin.js.audit.before",
            "promise-keeper.admin.js.audit.after",
            "promise-keeper.admin.js.version",
            "promise-keeper.admin.js.defaults",
            "promise-keeper.admin.js.exported",
            "promise-keeper.admin.js.removeaction",
            "promise-keeper.admin.js.removegesture",
            "promise-keeper.admin.js.nogestures",
            "promise-keeper.admin.js.ruledisabled");
    private static final ObjectMapper JSON = StrictJson.MAPPER;

    private final I18nResolver i18n;
    private final TemplateRenderer renderer;

    public AdminPage(I18nResolver i18n, TemplateRenderer renderer) {
        this.i18n = i18n;
        this.renderer = renderer;
    }

    /** The template context for an administrator reading {@code locale}, under {@code contextPath}. */
    public Map<String, Object> context(Locale locale, String contextPath) {
        Map<String, Object> context = new HashMap<>();
        context.put("restUrlHtml", Html.escape((contextPath == null ? "" : contextPath) + REST_PATH));
        context.put("scriptTextsJson", scriptTexts(locale));
        context.put("text", io.promisekeeper.jira.panel.TemplateTexts.of("promise-keeper.admin.", i18n, locale));
        List<String> placeholders = new java.util.ArrayList<>();
        for (Placeholder p : Placeholder.values()) {
            placeholders.add("${" + p.key() + "}");
        }
        context.put("placeholders", placeholders);
        return context;
    }

    /** Renders the page with {@code context} (from {@link #context}, plus anything the caller adds). */
    public void render(Map<String, Object> context, Writer out) throws IOException {
        renderer.render(TEMPLATE, context, out);
    }

    /** The script's texts as JSON that is also safe inside a script element: no tag can close it early. */
    String scriptTexts(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : SCRIPT_TEXTS) {
            texts.put(key.substring("promise-keeper.admin.js.".length()), i18n.getText(locale, key));
        }
        // The trigger form is built from the schema; its labels and hints travel under their own keys.
        for (String key : TriggerSchema.messageKeys()) {
            texts.put(key, i18n.getText(locale, key));
        }
        try {
            return JSON.writeValueAsString(texts).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
