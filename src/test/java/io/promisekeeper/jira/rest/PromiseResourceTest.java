package io.promisekeeper.jira.rest;

import static io.promisekeeper.jira.rest.PanelApiFixture.TICKET;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSuggestion;
import io.promisekeeper.core.promise.SuggestionStatus;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PromiseResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CALLBACK = """
            {"text": "Call the customer back about the VPN", "kind": "callback", "due": "2026-03-03T15:00", "channel": "PHONE"}""";

    private final PanelApiFixture f = new PanelApiFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void anAgentLogsAPromiseAndSeesItListedWithTimeLeftInTheirZone() throws Exception {
        Response created = f.resource.log(TICKET, CALLBACK);
        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode promise = json(created);
        assertThat(promise.get("status").asText()).isEqualTo("OPEN");
        assertThat(promise.get("kind").asText()).isEqualTo("CALLBACK");
        assertThat(promise.get("due").asText()).as("15:00 in Amsterdam is 14:00 UTC").isEqualTo("2026-03-03T14:00:00Z");
        assertThat(promise.get("madeBy").asText()).isEqualTo("agent");
        assertThat(promise.get("version").asLong()).isEqualTo(1);

        JsonNode list = json(f.resource.list(TICKET));
        assertThat(list.get("promises")).hasSize(1);
        JsonNode left = list.get("promises").get(0).get("timeLeft");
        // Monday 10:00 Amsterdam to Tuesday 15:00: 7 h on Monday + 6 h on Tuesday.
        assertThat(left.get("amount").asLong()).isEqualTo(13);
        assertThat(left.get("unit").asText()).isEqualTo("HOURS");
        assertThat(left.get("label").asText()).isEqualTo("due in 13 working hours");
        assertThat(list.get("canChange").asBoolean()).isTrue();
    }

    @Test
    void markKeptThenAStaleVersionConflictsAndAnIllegalTransitionIsRefused() throws Exception {
        long id = json(f.resource.log(TICKET, CALLBACK)).get("id").asLong();
        Response kept = f.resource.kept(String.valueOf(id), "{\"version\": 1}");
        assertThat(kept.getStatus()).isEqualTo(200);
        assertThat(json(kept).get("status").asText()).isEqualTo("KEPT");

        Response stale = f.resource.broken(String.valueOf(id), "{\"version\": 1}");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(json(stale).at("/errors/0/field").asText()).isEqualTo("version");

        Response illegal = f.resource.broken(String.valueOf(id), "{\"version\": 2}");
        assertThat(illegal.getStatus()).isEqualTo(409);
        assertThat(json(illegal).at("/errors/0/field").asText()).isEqualTo("status");
        assertThat(f.ledger.promise(id).history()).hasSize(2);
    }

    @Test
    void renegotiatingReplacesThePromiseWithOneThatLinksBack() throws Exception {
        long id = json(f.resource.log(TICKET, CALLBACK)).get("id").asLong();
        Response r = f.resource.renegotiate(String.valueOf(id), """
                {"version": 1, "due": "2026-03-05T12:00", "reason": "waiting for the vendor", "customerAgreed": true}""");
        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.at("/previous/status").asText()).isEqualTo("RENEGOTIATED");
        long replacement = body.at("/replacement/id").asLong();
        assertThat(body.at("/previous/supersededBy").asLong()).isEqualTo(replacement);
        assertThat(body.at("/replacement/renegotiatedFrom").asLong()).isEqualTo(id);
        assertThat(body.at("/replacement/customerAgreed").asBoolean()).isTrue();
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        assertRefused(f.resource.log(TICKET, "{\"text\": \"x\", "), "body");
        assertRefused(f.resource.log(TICKET, "[1,2]"), "body");
        assertRefused(f.resource.log(TICKET, CALLBACK.replace("\"channel\"", "\"chanel\"")), "chanel");
        assertRefused(f.resource.log(TICKET, CALLBACK.replace("2026-03-03T15:00", "2026-02-30T15:00")), "due");
        assertRefused(f.resource.log(TICKET, CALLBACK.replace("2026-03-03T15:00", "2026-03-01T15:00")), "due");
        assertRefused(f.resource.log(TICKET, CALLBACK.replace("callback", "promise-ish")), "kind");
        assertRefused(f.resource.log(TICKET, CALLBACK.replace("Call the customer back about the VPN", "x".repeat(1001))), "text");
        assertRefused(f.resource.log(TICKET, CALLBACK.replace("\"Call the customer back about the VPN\"", "42")), "text");
        assertThat(json(f.resource.list(TICKET)).get("promises")).isEmpty();

        long id = json(f.resource.log(TICKET, CALLBACK)).get("id").asLong();
        assertRefused(f.resource.kept(String.valueOf(id), "{}"), "version");
        assertRefused(f.resource.cancel(String.valueOf(id), "{\"version\": 1}"), "reason");
        assertRefused(f.resource.renegotiate(String.valueOf(id), "{\"version\": 1, \"reason\": \"late\"}"), "due");
        assertThat(f.ledger.promise(id).status().name()).isEqualTo("OPEN");
        assertThat(f.ledger.promise(id).history()).hasSize(1);
    }

    @Test
    void denialsWriteNothing() throws Exception {
        f.loggedIn(null);
        assertThat(f.resource.log(TICKET, CALLBACK).getStatus()).isEqualTo(401);
        assertThat(f.resource.list(TICKET).getStatus()).isEqualTo(401);

        // Not theirs to see is answered as not there: the same 404 as for a ticket that does not exist.
        f.loggedIn(f.stranger);
        assertThat(f.resource.list(TICKET).getStatus()).isEqualTo(404);
        assertThat(f.resource.log(TICKET, CALLBACK).getStatus()).isEqualTo(404);

        f.loggedIn(f.customer);
        assertThat(f.resource.list(TICKET).getStatus()).isEqualTo(404);
        assertThat(f.resource.log(TICKET, CALLBACK).getStatus()).isEqualTo(404);

        f.loggedIn(f.colleague);
        assertThat(f.resource.list(TICKET).getStatus()).as("a licensed colleague may read").isEqualTo(200);
        assertThat(json(f.resource.list(TICKET)).get("canChange").asBoolean()).isFalse();
        assertThat(f.resource.log(TICKET, CALLBACK).getStatus()).isEqualTo(403);

        f.loggedIn(f.agent);
        assertThat(json(f.resource.list(TICKET)).get("promises")).as("nothing was written").isEmpty();
        long id = json(f.resource.log(TICKET, CALLBACK)).get("id").asLong();

        for (var user : List.of(f.colleague, f.customer, f.stranger)) {
            f.loggedIn(user);
            // A colleague sees the ticket and is refused; for the others the promise is not there, and no ticket is named.
            int expected = user == f.colleague ? 403 : 404;
            Response kept = f.resource.kept(String.valueOf(id), "{\"version\": 1}");
            assertThat(kept.getStatus()).as(user.getKey()).isEqualTo(expected);
            assertThat((String) kept.getEntity()).contains("\"errors\"").doesNotContain(TICKET);
            assertThat(f.resource.cancel(String.valueOf(id), "{\"version\": 1, \"reason\": \"no\"}").getStatus()).isEqualTo(expected);
        }
        f.loggedIn(null);
        assertThat(f.resource.kept(String.valueOf(id), "{\"version\": 1}").getStatus()).isEqualTo(401);
        assertThat(f.ledger.promise(id).version()).isEqualTo(1);
        assertThat(f.resource.list("NOPE-9").getStatus()).isEqualTo(401);
        f.loggedIn(f.agent);
        assertThat(f.resource.list("NOPE-9").getStatus()).isEqualTo(404);
        assertThat(f.resource.kept(String.valueOf(987_654), "{\"version\": 1}").getStatus()).isEqualTo(404);
    }

    @Test
    void anAgentAcceptsOrDismissesASuggestedPromise() throws Exception {
        PromiseSuggestion s1 = f.suggestionStore.create(suggestion("I'll call you back tomorrow before noon"));
        PromiseSuggestion s2 = f.suggestionStore.create(suggestion("ik bel u morgen voor 12 uur terug"));
        assertThat(json(f.resource.list(TICKET)).get("suggestions")).hasSize(2);

        f.loggedIn(f.colleague);
        assertThat(f.resource.accept(String.valueOf(s1.id()), "{}").getStatus()).isEqualTo(403);
        f.loggedIn(f.agent);

        Response accepted = f.resource.accept(String.valueOf(s1.id()), "{\"text\": \"Call back before noon\"}");
        assertThat(accepted.getStatus()).isEqualTo(201);
        assertThat(json(accepted).get("source").asText()).isEqualTo("DETECTED_IN_COMMENT");
        assertThat(json(accepted).get("text").asText()).isEqualTo("Call back before noon");
        Response again = f.resource.accept(String.valueOf(s1.id()), "{}");
        assertThat(again.getStatus()).as("already decided is a conflict").isEqualTo(409);
        assertThat(json(again).get("errors").get(0).get("field").asText()).isEqualTo("status");

        assertThat(f.resource.dismiss(String.valueOf(s2.id()), "{}").getStatus()).isEqualTo(200);
        assertThat(f.suggestionStore.find(s2.id()).orElseThrow().status()).isEqualTo(SuggestionStatus.DISMISSED);
        JsonNode list = json(f.resource.list(TICKET));
        assertThat(list.get("suggestions")).isEmpty();
        assertThat(list.get("promises")).hasSize(1);
    }

    @Test
    void thePanelFragmentEscapesPromiseText() throws Exception {
        f.resource.log(TICKET, CALLBACK.replace("Call the customer back about the VPN", "<script>alert('x')</script> & {color:red}"));
        Response panel = f.resource.panel(TICKET);
        assertThat(panel.getStatus()).isEqualTo(200);
        String html = (String) panel.getEntity();
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; {color:red}")
                .doesNotContain("<script>alert");
        f.loggedIn(f.stranger);
        assertThat(f.resource.panel(TICKET).getStatus()).isEqualTo(404);
    }

    private static PromiseSuggestion suggestion(String sentence) {
        return new PromiseSuggestion(0, TICKET, sentence, PromiseKind.CALLBACK, Instant.parse("2026-03-03T11:00:00Z"),
                "default", "agent", PanelApiFixture.NOW, SuggestionStatus.PENDING);
    }

    private static void assertRefused(Response response, String field) throws Exception {
        assertThat(response.getStatus()).as("status for bad %s", field).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        json(response).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains(field);
    }

    private static JsonNode json(Response response) throws Exception {
        return JSON.readTree((String) response.getEntity());
    }
}
