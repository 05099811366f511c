// Mirrors com.atlassian.sal:sal-api 7.x (Jira 11.3), interface com.atlassian.sal.api.websudo.WebSudoManager (members we call).
package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Host surface: secure administrator sessions (Jira asks for the password again before admin pages). */
public interface WebSudoManager {
    boolean canExecuteRequest(HttpServletRequest request);

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);
}
