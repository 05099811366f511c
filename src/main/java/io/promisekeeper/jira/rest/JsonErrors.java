package io.promisekeeper.jira.rest;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refusal;
import io.promisekeeper.jira.text.ErrorText;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure of a call to the app's REST resources as the app's JSON error reply, in the caller's language: the
 * resources throw, this one place answers. A {@link Refusal} gets the status of its kind (invalid 400, not logged
 * in 401, forbidden 403, unknown 404, conflict 409, not delivered 502) with one error per field; the framework's
 * own refusals (no such path, wrong method, a media type not accepted) keep their status and headers; anything
 * else is a 500 naming an incident id, with the detail in the log and no stack trace to the caller.
 *
 * <p>The REST module finds this provider in its package, as it finds the resources. Mappers of the host for its
 * own exceptions (login, administrator, WebSudo) are closer to those exceptions than this one for
 * {@link Throwable}, so the host's security refusals stay the host's.
 */
@Provider
public final class JsonErrors implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(JsonErrors.class);

    private final ErrorText words;

    @Inject
    public JsonErrors(ErrorText words) {
        this.words = Objects.requireNonNull(words, "words");
    }

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof Refusal refusal) {
            return reply(status(refusal.kind()), refusal.errors());
        }
        if (error instanceof WebApplicationException web && web.getResponse() != null
                && web.getResponse().getStatus() >= 400) {
            return framework(web.getResponse());
        }
        if (error instanceof WebApplicationException web && web.getResponse() != null) {
            return web.getResponse();
        }
        int hostStatus = hostSecurityStatus(error);
        if (hostStatus > 0) {
            return framework(Response.status(hostStatus).build());
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Promise Keeper REST call failed, incident {}", incident, error);
        return reply(500, List.of(FieldError.of(Refusal.WHOLE_REQUEST, "Something went wrong (incident " + incident
                + ").", "incident", incident)));
    }

    /**
     * 401 or 403 for a security refusal of the host's REST layer (login, administrator, WebSudo, XSRF) that reaches
     * this mapper, 0 for anything else. Whether the host maps those exceptions itself before ours could not be
     * confirmed here (docs/host-api.md), so a refusal that does reach us keeps its meaning rather than become a 500.
     * Matched by name because the exception classes differ between REST plugin versions and are not on our surface.
     */
    static int hostSecurityStatus(Throwable error) {
        for (Class<?> type = error.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            if (!type.getName().startsWith("com.atlassian.")) {
                continue;
            }
            String name = type.getSimpleName();
            if (name.contains("AuthenticationRequired") || name.contains("NotAuthenticated")
                    || name.contains("WebSudo")) {
                return 401;
            }
            if (name.contains("Authorisation") || name.contains("Authorization") || name.contains("Xsrf")
                    || name.contains("Permission") || name.contains("AccessDenied")) {
                return 403;
            }
        }
        return 0;
    }

    /** The HTTP status of each kind of refusal. */
    static int status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case NOT_LOGGED_IN -> 401;
            case FORBIDDEN -> 403;
            case UNKNOWN -> 404;
            case CONFLICT -> 409;
            case NOT_DELIVERED -> 502;
        };
    }

    private Response framework(Response original) {
        int status = original.getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String english = type == null ? "HTTP " + status : type.getReasonPhrase();
        FieldError error = FieldError.of(Refusal.WHOLE_REQUEST, english, "http", Integer.toString(status));
        return Response.fromResponse(original).entity(PromiseJson.write(PromiseJson.errors(List.of(error), words)))
                .type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }

    private Response reply(int status, List<FieldError> errors) {
        return Response.status(status).entity(PromiseJson.write(PromiseJson.errors(errors, words)))
                .type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }
}
