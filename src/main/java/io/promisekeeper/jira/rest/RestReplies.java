package io.promisekeeper.jira.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.InvalidPromise;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The app's REST replies in one shape: JSON, never cached. Errors are thrown and answered by {@link JsonErrors} as
 * {@code {"errors":[{"field":..., "message":...}]}}.
 */
final class RestReplies {
    private RestReplies() {
    }

    /** A path id as a number, or a 400 naming {@code id}: a word where a number belongs is bad input, not a 404. */
    static long id(String raw) {
        try {
            long id = Long.parseLong(raw == null ? "" : raw.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidPromise(List.of(FieldError.of("id", "must be a positive whole number", "positiveWhole")));
    }

    /** 200 with {@code json}. */
    static Response ok(ObjectNode json) {
        return Response.ok(PromiseJson.write(json), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }
}
