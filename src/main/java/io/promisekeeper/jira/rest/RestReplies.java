package io.promisekeeper.jira.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promisekeeper.core.promise.FieldError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The app's REST replies in one shape: JSON, never cached, errors as {@code {"errors":[{"field":..., "message":...}]}}.
 */
final class RestReplies {
    private RestReplies() {
    }

    /** 200 with {@code json}. */
    static Response ok(ObjectNode json) {
        return Response.ok(PromiseJson.write(json), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    /** {@code status} with one error; {@code field} null when it is about the request as a whole. */
    static Response error(int status, String field, String message) {
        return Response.status(status).entity(PromiseJson.write(PromiseJson.error(field, message)))
                .type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }

    /** {@code status} with every error found, each naming its field. */
    static Response errors(int status, List<FieldError> errors) {
        return Response.status(status).entity(PromiseJson.write(PromiseJson.errors(errors)))
                .type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }
}
