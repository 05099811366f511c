package io.promisekeeper.cli.preview;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/**
 * Atlassian REST's XSRF rule, so the preview refuses what Jira refuses: a state change must be JSON (which
 * a cross-site form cannot send) or carry {@code X-Atlassian-Token: no-check}.
 */
@PreMatching
public final class XsrfCheck implements ContainerRequestFilter {
    static final String TOKEN_HEADER = "X-Atlassian-Token";
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "DELETE", "PATCH");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!CHANGES.contains(request.getMethod())) {
            return;
        }
        if ("no-check".equalsIgnoreCase(request.getHeaderString(TOKEN_HEADER))) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(type) && !type.isWildcardType()
                && !type.isWildcardSubtype()) {
            return;
        }
        request.abortWith(Response.status(Response.Status.FORBIDDEN)
                .entity("{\"errors\":[{\"field\":null,\"message\":\"XSRF check failed\"}]}")
                .type(MediaType.APPLICATION_JSON_TYPE).build());
    }
}
