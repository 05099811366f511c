// Mirrors com.atlassian.sal:sal-api 7.x (Jira 11.3), interface com.atlassian.sal.api.message.I18nResolver (members we call).
package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

/** Host surface: the plugin's translated texts. */
public interface I18nResolver {
    String getText(Locale locale, String key, Serializable... arguments);
}
