package io.promisekeeper.jira.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the resources do not answer themselves still gets the app's JSON error shape, never an empty body: the
 * framework's refusals (no such path, wrong method, a media type not accepted) keep their status; anything else is a
 * 500 whose body names only an incident id, while the log holds the detail.
 */
@Provider
public final class JsonErrors implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(JsonErrors.class);

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof WebApplicationException web && web.getResponse() != null) {
            int status = web.getResponse().getStatus();
            Response.StatusType type = Response.Status.fromStatusCode(status);
            return RestReplies.error(status, null, type == null ? "HTTP " + status : type.getReasonPhrase());
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Promise Keeper REST call failed, incident {}", incident, error);
        return RestReplies.error(500, null, "Something went wrong on the server (incident " + incident + ").");
    }
}
