package io.promisekeeper.jira.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * The headers every reply of the app carries, REST and pages alike: no content sniffing, and no framing by
 * another site (clickjacking), said both the old way and the CSP way. The REST module finds this filter in its
 * package; the servlets call {@link #PAGE} themselves.
 */
@Provider
public final class SecurityHeaders implements ContainerResponseFilter {
    /** Header name to value, for pages and REST replies. */
    public static final Map<String, String> PAGE = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "SAMEORIGIN",
            "Content-Security-Policy", "frame-ancestors 'self'");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        PAGE.forEach((name, value) -> response.getHeaders().putSingle(name, value));
    }
}
