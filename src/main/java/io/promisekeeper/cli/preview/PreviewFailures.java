package io.promisekeeper.cli.preview;

import io.promisekeeper.jira.rest.JsonErrors;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Jira's REST layer does for an unexpected failure, done for the preview: a 500 with a JSON body naming an
 * incident id, the detail in the log, never an empty reply. The framework's refusals go to {@link JsonErrors}.
 */
final class PreviewFailures implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(PreviewFailures.class);

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof WebApplicationException web) {
            return new JsonErrors().toResponse(web);
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Preview REST call failed, incident {}", incident, error);
        return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store")
                .entity("{\"errors\":[{\"field\":null,\"message\":\"Something went wrong (incident " + incident + ").\"}]}")
                .build();
    }
}
