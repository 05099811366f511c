// Mirrors com.atlassian.sal:sal-api 7.x (Jira 11.3), interface com.atlassian.sal.api.auth.LoginUriProvider (members we call).
package com.atlassian.sal.api.auth;

import java.net.URI;

/** Host surface: where to send an anonymous user to log in. */
public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
