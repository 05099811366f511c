package io.promisekeeper.jira.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The framework's own refusals of a call to the app (no such path, wrong method, a media type not accepted) in the
 * app's JSON error shape, with their status and headers, instead of an empty body. Only
 * {@link WebApplicationException}s: the host's security refusals (login, administrator, WebSudo) and its handling
 * of unexpected failures stay the host's.
 */
@Provider
public final class JsonErrors implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException error) {
        Response original = error.getResponse();
        if (original == null || original.getStatus() < 400) {
            return original;
        }
        int status = original.getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String message = type == null ? "HTTP " + status : type.getReasonPhrase();
        return Response.fromResponse(original)
                .entity(PromiseJson.write(PromiseJson.error(null, message)))
                .type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }
}
