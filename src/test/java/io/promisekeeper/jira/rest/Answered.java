package io.promisekeeper.jira.rest;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import io.promisekeeper.jira.text.ErrorText;
import jakarta.ws.rs.core.Response;

/**
 * A resource called as the REST module calls it: what a resource method throws is answered by the plugin's one
 * exception mapper, {@link JsonErrors}, so tests see the reply a caller would get.
 */
final class Answered {
    private Answered() {
    }

    /** {@code resource}, its methods' exceptions answered by {@link JsonErrors} with {@code words}. */
    @SuppressWarnings("unchecked")
    static <T> T by(T resource, ErrorText words) {
        JsonErrors mapper = new JsonErrors(words);
        return (T) mock(resource.getClass(), withSettings().spiedInstance(resource).defaultAnswer(call -> {
            try {
                return call.callRealMethod();
            } catch (RuntimeException e) {
                if (call.getMethod().getReturnType() == Response.class) {
                    return mapper.toResponse(e);
                }
                throw e;
            }
        }));
    }

    /** {@code resource}, answered in English. */
    static <T> T by(T resource) {
        return by(resource, ErrorText.ENGLISH);
    }
}
