package io.promisekeeper.jira.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.InvalidPromise;
import io.promisekeeper.jira.access.AccessDenied;
import io.promisekeeper.jira.text.ErrorText;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The app's REST replies in one shape: JSON, never cached, errors as {@code {"errors":[{"field":..., "message":...}]}}.
 */
final class RestReplies {
    private RestReplies() {
    }

    /**
     * Runs {@code action}; the refusals every resource shares (not logged in or not allowed, a request body that
     * does not read) and those {@code refusal} knows become their replies. Anything else propagates: a 500 that Jira
     * logs, with no detail to the caller.
     *
     * @param refusal the resource's own refusals; null for an exception it does not know
     */
    static Response respond(Supplier<Response> action, Function<RuntimeException, Response> refusal) {
        return respond(action, refusal, ErrorText.ENGLISH);
    }

    /** As {@link #respond(Supplier, Function)}, with field errors said in the caller's language. */
    static Response respond(Supplier<Response> action, Function<RuntimeException, Response> refusal, ErrorText words) {
        try {
            return action.get();
        } catch (AccessDenied e) {
            return error(e.status(), null, e.getMessage());
        } catch (InvalidPromise e) {
            return errors(400, e.errors(), words);
        } catch (RuntimeException e) {
            Response reply = refusal.apply(e);
            if (reply == null) {
                throw e;
            }
            return reply;
        }
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

    /** {@code status} with one error; {@code field} null when it is about the request as a whole. */
    static Response error(int status, String field, String message) {
        return Response.status(status).entity(PromiseJson.write(PromiseJson.error(field, message)))
                .type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }

    /** {@code status} with every error found, each naming its field. */
    static Response errors(int status, List<FieldError> errors) {
        return errors(status, errors, ErrorText.ENGLISH);
    }

    /** {@code status} with every error found, each naming its field, in the caller's language. */
    static Response errors(int status, List<FieldError> errors, ErrorText words) {
        return Response.status(status).entity(PromiseJson.write(PromiseJson.errors(errors, words)))
                .type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }
}
