package io.promisekeeper.jira.rest;

import static io.promisekeeper.jira.rest.PanelApiFixture.NOW;
import static io.promisekeeper.jira.rest.PanelApiFixture.TICKET;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.promisekeeper.core.notice.AgentPrompt;
import io.promisekeeper.core.notice.DelayNotice;
import io.promisekeeper.core.notice.EpisodeKey;
import io.promisekeeper.core.notice.NoticeState;
import io.promisekeeper.core.notice.PromptReason;
import io.promisekeeper.core.notice.PromptState;
import io.promisekeeper.core.rules.RuleMode;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The panel's delay-notice prompt: shown to agents, sent or dismissed once, refused to everyone else. */
class PromptResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CALLBACK = """
            {"text": "Call back about the VPN", "kind": "callback", "due": "2026-03-02T16:00", "channel": "PHONE"}""";

    private final PanelApiFixture f = new PanelApiFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void anAgentSeesTheAtRiskDraftSendsItEditedOnceAndThePanelSaysTheCustomerWasInformed() throws Exception {
        long promptId = draft(true, "Dear Kim, we expect &lt;b&gt;Thursday&lt;/b&gt;.");

        String before = panel();
        assertThat(before).contains("Promise at risk: due ").contains("Send delay notice")
                .contains("Dear Kim, we expect &lt;b&gt;Thursday&lt;/b&gt;.").doesNotContain("<b>Thursday");
        assertThat(before).as("the forecast in use is named while it is the fixed timer")
                .contains("Fixed timer until enough history: 12 of 200");

        Response sent = f.promptResource.send(String.valueOf(promptId), "{\"body\": \"Sorry <script>x()</script>, Friday *noon*\"}");
        assertThat(sent.getStatus()).isEqualTo(200);
        assertThat(json(sent).get("state").asText()).isEqualTo("SENT");
        assertThat(f.posted).hasSize(1);
        assertThat(f.posted.get(0).body()).as("the agent's words go out literally, not as markup")
                .isEqualTo("Sorry &lt;script&gt;x()&lt;/script&gt;, Friday \\*noon\\*");

        Response again = f.promptResource.send(String.valueOf(promptId), "{}");
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(json(again).at("/errors/0/field").asText()).isEqualTo("state");
        assertThat(f.promptResource.dismiss(String.valueOf(promptId), "{}").getStatus()).isEqualTo(409);
        assertThat(f.posted).as("never twice").hasSize(1);

        String after = panel();
        assertThat(after).doesNotContain("data-prompt-id").contains("Customer informed")
                .contains("Sorry &lt;script&gt;x()&lt;/script&gt;, Friday *noon*").doesNotContain("<script>x()");
    }

    @Test
    void withALearntForecastThePromptSaysHowLikelyLateAndWhenExpected() {
        f.forecastStatus = io.promisekeeper.core.learning.ForecastStatus.model(NOW.minusSeconds(3600), 480, 200);
        f.risk = new io.promisekeeper.core.rules.Risk(0.72, java.time.Instant.parse("2026-03-05T15:00:00Z"),
                java.time.Instant.parse("2026-03-06T15:00:00Z"), List.of());
        draft(true, "Dear Kim");
        assertThat(panel()).contains("Promise at risk (72 %): expected Mar 5, 2026").doesNotContain("Fixed timer");
    }

    @Test
    void theDraftAsShownGoesOutAsRendered() {
        long promptId = draft(true, "Dear Kim, \\*sorry\\*");
        assertThat(f.promptResource.send(String.valueOf(promptId), "{\"body\": \"Dear Kim, *sorry*\"}").getStatus()).isEqualTo(200);
        assertThat(f.posted.get(0).body()).isEqualTo("Dear Kim, \\*sorry\\*");
    }

    @Test
    void onlyAgentsOfTheTicketMaySendOrDismissAndDenialsSendNothing() {
        long promptId = draft(true, "Dear Kim");
        for (var user : List.of(f.colleague, f.customer, f.stranger)) {
            f.loggedIn(user);
            // A colleague sees the ticket and is refused; for the others it is not there, and no ticket is named.
            int expected = user == f.colleague ? 403 : 404;
            var sent = f.promptResource.send(String.valueOf(promptId), "{}");
            assertThat(sent.getStatus()).as(user.getKey()).isEqualTo(expected);
            assertThat((String) sent.getEntity()).contains("\"errors\"").doesNotContain(TICKET);
            assertThat(f.promptResource.dismiss(String.valueOf(promptId), "{}").getStatus()).as(user.getKey()).isEqualTo(expected);
        }
        f.loggedIn(null);
        assertThat(f.promptResource.send(String.valueOf(promptId), "{}").getStatus()).isEqualTo(401);
        assertThat(f.promptResource.send(String.valueOf(999), "{}").getStatus()).as("anonymous learns nothing").isEqualTo(401);

        f.loggedIn(f.colleague);
        assertThat(panel()).as("a colleague who may read sees no drafts").doesNotContain("data-prompt-id")
                .doesNotContain("Fixed timer");
        f.loggedIn(f.agent);
        assertThat(f.posted).isEmpty();
        assertThat(f.prompts.find(promptId).orElseThrow().state()).isEqualTo(PromptState.PENDING);
        assertThat(f.promptResource.send(String.valueOf(999), "{}").getStatus()).isEqualTo(404);
    }

    @Test
    void refusedTextNamesTheFieldAndChangesNothing() throws Exception {
        long promptId = draft(true, "Dear Kim");
        assertRefused(f.promptResource.send(String.valueOf(promptId), "{\"body\": \"   \"}"), "body");
        assertRefused(f.promptResource.send(String.valueOf(promptId), "{\"body\": 5}"), "body");
        assertRefused(f.promptResource.send(String.valueOf(promptId), "{\"text\": \"hi\"}"), "text");
        assertRefused(f.promptResource.send(String.valueOf(promptId), "{\"body\": \"" + "x".repeat(4001) + "\"}"), "body");
        assertRefused(f.promptResource.send(String.valueOf(promptId), "not json"), "body");
        assertThat(f.posted).isEmpty();
        assertThat(f.prompts.find(promptId).orElseThrow().state()).isEqualTo(PromptState.PENDING);
        assertThat(f.journal.recentForTicket(TICKET, 5).get(0).state()).isEqualTo(NoticeState.DRAFTED);
    }

    @Test
    void aDismissedDraftIsGoneAndNeverSent() {
        long promptId = draft(false, "Dear Kim");
        assertThat(panel()).contains("A delay notice is drafted for the customer");
        assertThat(f.promptResource.dismiss(String.valueOf(promptId), "{}").getStatus()).isEqualTo(200);
        assertThat(f.promptResource.send(String.valueOf(promptId), "{}").getStatus()).isEqualTo(409);
        assertThat(f.posted).isEmpty();
        assertThat(panel()).doesNotContain("data-prompt-id").doesNotContain("Customer informed");
    }

    @Test
    void aFailedPostIsReportedAndThePanelSaysTheCustomerMayNotKnow() throws Exception {
        long promptId = draft(true, "Dear Kim");
        f.postFailure = new IllegalStateException("JSM refused the comment");
        Response failed = f.promptResource.send(String.valueOf(promptId), "{}");
        assertThat(failed.getStatus()).isEqualTo(502);
        assertThat(json(failed).at("/errors/0/message").asText()).contains("may or may not have been told");
        f.postFailure = null;
        assertThat(f.promptResource.send(String.valueOf(promptId), "{}").getStatus()).as("no retry that could post twice")
                .isEqualTo(409);
        assertThat(panel()).contains("may not have reached the customer");
    }

    /** A drafted notice in approval mode, about a new open promise when {@code aboutPromise}. */
    private long draft(boolean aboutPromise, String body) {
        Long promiseId = null;
        if (aboutPromise) {
            try {
                promiseId = json(f.resource.log(TICKET, CALLBACK)).get("id").asLong();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        String subject = promiseId == null ? "ticket:" + TICKET + ":waiting" : "promise:" + promiseId;
        DelayNotice n = new DelayNotice(promiseId, TICKET, "customer", new EpisodeKey(subject, 1), "nl", body,
                "risk", "delay-notice", RuleMode.APPROVAL, NOW, "rule \"risk\": promise at risk");
        f.journal.claimed(n, NOW);
        f.prompts.add(new AgentPrompt(n, PromptReason.APPROVAL, n.reason(), NOW));
        f.journal.mark(n.episode(), NoticeState.DRAFTED, NOW);
        return f.prompts.forEpisode(n.episode()).orElseThrow().id();
    }

    private String panel() {
        return (String) f.resource.panel(TICKET).getEntity();
    }

    private static void assertRefused(Response response, String field) throws Exception {
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json(response).at("/errors/0/field").asText()).isEqualTo(field);
    }

    private static JsonNode json(Response response) throws Exception {
        return JSON.readTree((String) response.getEntity());
    }
}
