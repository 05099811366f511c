package io.promisekeeper.jira.rest;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.promisekeeper.jira.access.AccessDenied;
import jakarta.ws.rs.core.MediaType;

/**
 * Who may configure the app: logged in (else 401), a Jira administrator (else 403); a change must also carry
 * {@code X-Atlassian-Token: no-check} and a JSON content type, neither of which a cross-site form can send.
 * Checked in the resource itself, so it holds whatever filters the host does or does not run.
 */
final class AdminCheck {
    static final String TOKEN_HEADER = "X-Atlassian-Token";
    static final String NO_CHECK = "no-check";

    private final UserManager users;

    AdminCheck(UserManager users) {
        this.users = users;
    }

    /** The calling administrator's user key. */
    String administrator() {
        UserKey user = users.getRemoteUserKey();
        if (user == null) {
            throw new AccessDenied(401, "Log in as a Jira administrator.", "logInAdmin");
        }
        if (!users.isAdmin(user)) {
            throw new AccessDenied(403, "Only Jira administrators may configure Promise Keeper.", "adminOnly");
        }
        return user.getStringValue();
    }

    /** The calling administrator, for a change: also refuses requests that could come from another site. */
    String administratorChanging(String token, String contentType) {
        String who = administrator();
        if (!NO_CHECK.equals(token == null ? null : token.trim())) {
            throw new AccessDenied(403, "XSRF check failed: send the header " + TOKEN_HEADER + ": " + NO_CHECK + ".",
                    "xsrfHeader", TOKEN_HEADER + ": " + NO_CHECK);
        }
        if (!isJson(contentType)) {
            throw new AccessDenied(403, "XSRF check failed: send the body as application/json.", "xsrfJson");
        }
        return who;
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int params = contentType.indexOf(';');
        String type = (params < 0 ? contentType : contentType.substring(0, params)).trim();
        return MediaType.APPLICATION_JSON.equalsIgnoreCase(type);
    }
}
