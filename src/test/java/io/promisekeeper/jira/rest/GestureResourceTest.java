package io.promisekeeper.jira.rest;

import static io.promisekeeper.jira.rest.PanelApiFixture.NOW;
import static io.promisekeeper.jira.rest.PanelApiFixture.TICKET;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.promisekeeper.core.delight.DelightAction;
import io.promisekeeper.core.delight.DelightClaim;
import io.promisekeeper.core.delight.DelightState;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Delight gestures in the panel: shown to agents with why, done, dismissed with a reason or snoozed, once. */
class GestureResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PanelApiFixture f = new PanelApiFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void anAgentSeesWhyAndMarksTheGestureDoneWhichThenStandsInTheTicketsHistory() throws Exception {
        long id = suggest("personal-call", "promise \"<b>fix</b>\" broken yesterday", 0);
        String before = panel();
        assertThat(before).contains("Suggested:").contains("Personal call")
                .contains("Why: promise &quot;&lt;b&gt;fix&lt;/b&gt;&quot; broken yesterday").doesNotContain("<b>fix")
                .as("the script is filled in for this ticket").contains("about HELP-1").doesNotContain("${");

        Response done = f.gestureResource.done(String.valueOf(id), "{\"version\": 1, \"note\": \"Called, <i>happy</i> now\"}");
        assertThat(done.getStatus()).isEqualTo(200);
        assertThat(json(done).get("state").asText()).isEqualTo("DONE");
        assertThat(f.delightActions.find(id).orElseThrow().actedBy()).isEqualTo("agent");

        String after = panel();
        assertThat(after).doesNotContain("data-gesture-id=\"" + id + "\"").contains("Gestures on this ticket")
                .contains("Personal call: done by").contains("Called, &lt;i&gt;happy&lt;/i&gt; now");
        Response twice = f.gestureResource.done(String.valueOf(id), "{\"version\": 2, \"note\": \"again\"}");
        assertThat(twice.getStatus()).isEqualTo(409);
    }

    @Test
    void aDismissNeedsAReasonFromTheListAndWordsForOther() throws Exception {
        long id = suggest("goodwill-gesture", "second reopen", 2500);
        assertThat(panel()).contains("costs €25.00");
        assertRefused(f.gestureResource.dismiss(String.valueOf(id), "{\"version\": 1}"), 400, "reason");
        assertRefused(f.gestureResource.dismiss(String.valueOf(id), "{\"version\": 1, \"reason\": \"BORED\"}"), 400, "reason");
        assertRefused(f.gestureResource.dismiss(String.valueOf(id), "{\"version\": 1, \"reason\": \"OTHER\"}"), 400, "note");
        assertThat(f.delightActions.find(id).orElseThrow().state()).isEqualTo(DelightState.SUGGESTED);

        Response dismissed = f.gestureResource.dismiss(String.valueOf(id),
                "{\"version\": 1, \"reason\": \"TOO_COSTLY\", \"note\": \"budget is tight\"}");
        assertThat(dismissed.getStatus()).isEqualTo(200);
        DelightAction stored = f.delightActions.find(id).orElseThrow();
        assertThat(stored.state()).isEqualTo(DelightState.DISMISSED);
        assertThat(stored.dismissNote()).isEqualTo("budget is tight");
        assertThat(panel()).contains("dismissed by").contains("(Too costly)");
    }

    @Test
    void aSnoozedGestureLeavesThePanelUntilItsTime() throws Exception {
        long id = suggest("long-wait-check-in", "waiting 3 working days", 0);
        assertRefused(f.gestureResource.snooze(String.valueOf(id), "{\"version\": 1, \"until\": \"2026-03-01T10:00\"}"), 400, "until");
        assertRefused(f.gestureResource.snooze(String.valueOf(id), "{\"version\": 1, \"until\": \"tomorrow\"}"), 400, "until");
        Response snoozed = f.gestureResource.snooze(String.valueOf(id), "{\"version\": 1, \"until\": \"2026-03-03T10:00\"}");
        assertThat(snoozed.getStatus()).isEqualTo(200);
        assertThat(f.delightActions.find(id).orElseThrow().snoozedUntil())
                .as("10:00 in Amsterdam").isEqualTo(java.time.Instant.parse("2026-03-03T09:00:00Z"));
        assertThat(panel()).doesNotContain("data-gesture-id");
    }

    @Test
    void aStaleVersionConflictsAndOnlyAgentsMayAct() {
        long id = suggest("personal-call", "broken promise", 0);
        assertRefused(f.gestureResource.done(String.valueOf(id), "{\"version\": 7}"), 409, "version");
        assertRefused(f.gestureResource.done(String.valueOf(id), "{}"), 400, "version");
        for (var user : List.of(f.colleague, f.customer, f.stranger)) {
            f.loggedIn(user);
            // A colleague sees the ticket and is refused; for the others it is not there, and no ticket is named.
            int expected = user == f.colleague ? 403 : 404;
            Response done = f.gestureResource.done(String.valueOf(id), "{\"version\": 1}");
            assertThat(done.getStatus()).as(user.getKey()).isEqualTo(expected);
            assertThat((String) done.getEntity()).contains("\"errors\"").doesNotContain(TICKET);
            assertThat(f.gestureResource.dismiss(String.valueOf(id), "{\"version\": 1, \"reason\": \"OTHER\", \"note\": \"x\"}")
                    .getStatus()).isEqualTo(expected);
        }
        f.loggedIn(f.colleague);
        assertThat(panel()).as("gestures are for agents").doesNotContain("data-gesture-id");
        f.loggedIn(null);
        assertThat(f.gestureResource.done(String.valueOf(id), "{\"version\": 1}").getStatus()).isEqualTo(401);
        assertThat(f.gestureResource.done(String.valueOf(999), "{\"version\": 1}").getStatus()).isEqualTo(401);
        f.loggedIn(f.agent);
        assertThat(f.gestureResource.done(String.valueOf(999), "{\"version\": 1}").getStatus()).isEqualTo(404);
        assertThat(f.delightActions.find(id).orElseThrow().state()).isEqualTo(DelightState.SUGGESTED);
    }

    private long suggest(String gesture, String reason, long cost) {
        DelightAction a = DelightAction.suggested(TICKET, "customer", "HELP", gesture, "care",
                "ticket:" + TICKET + ":" + gesture + "#1", reason, cost, NOW.minusSeconds(3600));
        return f.delightActions.suggest(a, new DelightClaim(a.subject() + "|" + gesture, "customer|" + gesture,
                cost > 0 ? "HELP|" + gesture : null)).orElseThrow().id();
    }

    private String panel() {
        return (String) f.resource.panel(TICKET).getEntity();
    }

    private static void assertRefused(Response response, int status, String field) {
        assertThat(response.getStatus()).isEqualTo(status);
        try {
            assertThat(json(response).at("/errors/0/field").asText()).isEqualTo(field);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode json(Response response) throws Exception {
        return JSON.readTree((String) response.getEntity());
    }
}
