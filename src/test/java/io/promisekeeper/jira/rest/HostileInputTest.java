package io.promisekeeper.jira.rest;

import static io.promisekeeper.jira.rest.PanelApiFixture.TICKET;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.promisekeeper.core.promise.Promise;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The findings of the hostile-input review, each a 400 (or 404/409) with a JSON body naming the field, nothing written. */
class HostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CALLBACK = """
            {"text": "Call back", "kind": "CALLBACK", "due": "2026-03-03T15:00", "channel": "PHONE"}""";

    private final PanelApiFixture f = new PanelApiFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aDueBeyondFiveYearsOrOutOfRangeIsRefusedOnEveryPath() throws Exception {
        for (String due : List.of("+10000-01-01T00:00:00Z", "+999999999-12-01T00:00:00Z", "2031-03-10T00:00:00Z",
                "-999999999-01-01T00:00:00Z")) {
            assertRefused(f.resource.log(TICKET, """
                    {"text": "x", "kind": "OTHER", "due": "%s", "channel": "EMAIL"}""".formatted(due)), 400, "due");
        }
        long id = json(f.resource.log(TICKET, CALLBACK)).get("id").asLong();
        assertRefused(f.resource.edit(String.valueOf(id), "{\"version\": 1, \"due\": \"+10000-01-01T00:00:00Z\"}"),
                400, "due");
        assertRefused(f.resource.renegotiate(String.valueOf(id),
                "{\"version\": 1, \"due\": \"+10000-01-01T00:00:00Z\", \"reason\": \"late\"}"), 400, "due");
        assertThat(f.ledger.promisesOf(TICKET)).singleElement().satisfies(p -> {
            assertThat(p.version()).isEqualTo(1);
            assertThat(p.history()).hasSize(1);
        });
    }

    @Test
    void renegotiationErrorsNameTheFieldsSent() throws Exception {
        long id = json(f.resource.log(TICKET, CALLBACK)).get("id").asLong();
        List<String> fields = fields(f.resource.renegotiate(String.valueOf(id),
                "{\"version\": 1, \"due\": \"2026-03-01T10:00\", \"text\": \"\\u0000\", \"reason\": \"late\"}"));
        assertThat(fields).containsExactlyInAnyOrder("due", "text");
        assertThat(f.ledger.promise(id).version()).isEqualTo(1);
    }

    @Test
    void controlCharactersInvisibleTextAndLongNotesAreRefusedNeverCut() throws Exception {
        assertRefused(f.resource.log(TICKET, CALLBACK.replace("Call back", "Call\\u0007 back")), 400, "text");
        assertRefused(f.resource.log(TICKET, CALLBACK.replace("Call back", "\\u200B\\u200D\\uFEFF")), 400, "text");
        assertRefused(f.resource.log(TICKET, CALLBACK.replace("Call back", "x".repeat(Promise.MAX_TEXT + 1))), 400,
                "text");
        assertThat(f.ledger.promisesOf(TICKET)).isEmpty();

        long id = json(f.resource.log(TICKET, CALLBACK)).get("id").asLong();
        assertRefused(f.resource.kept(String.valueOf(id), "{\"version\": 1, \"note\": \"" + "n".repeat(60_000) + "\"}"),
                400, "note");
        assertRefused(f.resource.kept(String.valueOf(id), "{\"version\": 1, \"note\": \"" + "n".repeat(501) + "\"}"),
                400, "note");
        assertRefused(f.resource.broken(String.valueOf(id), "{\"version\": 1, \"note\": \"" + "n".repeat(501) + "\"}"),
                400, "note");
        assertRefused(f.resource.cancel(String.valueOf(id), "{\"version\": 1, \"reason\": \"\\u0001\"}"), 400, "reason");
        assertThat(f.ledger.promise(id).status().name()).isEqualTo("OPEN");
        assertThat(f.resource.kept(String.valueOf(id), "{\"version\": 1, \"note\": \"" + "n".repeat(500) + "\"}")
                .getStatus()).isEqualTo(200);
        assertThat(f.ledger.promise(id).lastChange().detail()).hasSize(500);
    }

    @Test
    void duplicateKeysAndDeepNestingAreRefusedNamingTheBody() throws Exception {
        Response twice = f.resource.log(TICKET, """
                {"text": "a", "text": "b", "kind": "OTHER", "due": "2026-03-03T15:00", "channel": "EMAIL"}""");
        assertRefused(twice, 400, "body");
        assertThat(message(twice)).contains("the key \"text\" appears twice at $.text (line 1, column");
        String deep = "[".repeat(1001) + "]".repeat(1001);
        Response nested = f.resource.log(TICKET, deep);
        assertRefused(nested, 400, "body");
        assertThat(message(nested)).contains("nested deeper than");
        String deepObject = "{\"text\":" + "{\"a\":".repeat(40) + "1" + "}".repeat(40) + "}";
        assertRefused(f.resource.log(TICKET, deepObject), 400, "body");
        assertThat(f.ledger.promisesOf(TICKET)).isEmpty();
    }

    @Test
    void nonNumericIdsAreA400NamingTheIdAndADecidedSuggestionAConflict() throws Exception {
        for (Response r : List.of(f.resource.kept("abc", "{\"version\": 1}"), f.resource.edit("1e3", "{}"),
                f.resource.accept("-1", "{}"), f.promptResource.send("x", "{}"), f.gestureResource.done(" ", "{}"))) {
            assertRefused(r, 400, "id");
        }
    }

    @Test
    void everyReplyCarriesTheSecurityHeaders() {
        var context = org.mockito.Mockito.mock(jakarta.ws.rs.container.ContainerResponseContext.class);
        jakarta.ws.rs.core.MultivaluedMap<String, Object> headers = new jakarta.ws.rs.core.MultivaluedHashMap<>();
        org.mockito.Mockito.when(context.getHeaders()).thenReturn(headers);
        new SecurityHeaders().filter(null, context);
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("frame-ancestors 'self'");
    }

    @Test
    void writingInsightSettingsNeedsASecureAdministratorSession() throws Exception {
        assertThat(InsightResource.class.getMethod("saveSettings", String.class, String.class, String.class,
                String.class).isAnnotationPresent(com.atlassian.sal.api.websudo.WebSudoRequired.class)).isTrue();
        assertThat(AdminResource.class.isAnnotationPresent(com.atlassian.sal.api.websudo.WebSudoRequired.class)).isTrue();
    }

    private static void assertRefused(Response response, int status, String field) throws Exception {
        assertThat(response.getStatus()).as("status for bad %s", field).isEqualTo(status);
        assertThat(fields(response)).contains(field);
    }

    private static List<String> fields(Response response) throws Exception {
        List<String> fields = new ArrayList<>();
        json(response).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static String message(Response response) throws Exception {
        return json(response).get("errors").get(0).get("message").asText();
    }

    private static JsonNode json(Response response) throws Exception {
        return JSON.readTree((String) response.getEntity());
    }
}
