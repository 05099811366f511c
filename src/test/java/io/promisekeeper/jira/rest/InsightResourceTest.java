package io.promisekeeper.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.atlassian.sal.api.user.UserKey;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSource;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InsightResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PanelApiFixture f = new PanelApiFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void keptRatesOfAProjectOverallAndByGroupWithKnownAnswers() throws Exception {
        Instant madeAt = PanelApiFixture.NOW.minus(Duration.ofDays(3));
        Promise kept1 = store("HELP-1", PromiseKind.CALLBACK, "agent", madeAt);
        Promise kept2 = store("HELP-2", PromiseKind.CALLBACK, "agent", madeAt);
        Promise broken = store("HELP-1", PromiseKind.UPDATE, "colleague", madeAt);
        store("HELP-2", PromiseKind.UPDATE, "agent", madeAt);
        store("OTHER-1", PromiseKind.UPDATE, "agent", madeAt);
        settle(kept1.keep("agent", madeAt.plusSeconds(60), ""));
        settle(kept2.keep("agent", madeAt.plusSeconds(60), ""));
        settle(broken.markBroken("agent", madeAt.plusSeconds(60), ""));

        Response response = f.insight.keptRates("HELP", null, null);
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = JSON.readTree((String) response.getEntity());
        JsonNode overall = body.get("overall");
        assertThat(overall.get("kept").asInt()).isEqualTo(2);
        assertThat(overall.get("broken").asInt()).isEqualTo(1);
        assertThat(overall.get("open").asInt()).isEqualTo(1);
        assertThat(overall.get("keptRate").asDouble()).isEqualTo(0.6667);
        assertThat(body.at("/groups/KIND")).anySatisfy(g -> {
            assertThat(g.get("group").asText()).isEqualTo("CALLBACK");
            assertThat(g.get("keptRate").asDouble()).isEqualTo(1.0);
        });
        assertThat(body.at("/groups/TEAM")).anySatisfy(g -> {
            assertThat(g.get("group").asText()).isEqualTo("Network");
            assertThat(g.get("kept").asInt()).isEqualTo(1);
            assertThat(g.get("broken").asInt()).isEqualTo(1);
        });
        assertThat(body.at("/groups/AGENT")).anySatisfy(g -> assertThat(g.get("group").asText()).isEqualTo("colleague"));
        assertThat(body.at("/groups/WEEK")).hasSize(1);
    }

    @Test
    void onlyAgentsOfTheProjectAndAdministratorsMaySeeFigures() throws Exception {
        f.loggedIn(null);
        assertThat(f.insight.keptRates("HELP", null, null).getStatus()).isEqualTo(401);
        f.loggedIn(f.colleague);
        assertThat(f.insight.keptRates("HELP", null, null).getStatus()).isEqualTo(403);
        f.loggedIn(f.customer);
        assertThat(f.insight.keptRates("HELP", null, null).getStatus()).isEqualTo(403);
        when(f.users.isAdmin(new UserKey("colleague"))).thenReturn(true);
        f.loggedIn(f.colleague);
        assertThat(f.insight.keptRates("HELP", null, null).getStatus()).as("a Jira administrator").isEqualTo(200);
        f.loggedIn(f.agent);
        assertThat(f.insight.keptRates("NOPE", null, null).getStatus()).isEqualTo(404);
    }

    @Test
    void badPeriodsAreRefusedNamingTheField() throws Exception {
        assertThat(field(f.insight.keptRates("HELP", "2026-02-30", null))).isEqualTo("from");
        assertThat(field(f.insight.keptRates("HELP", "2026-03-01", "2026-02-01"))).isEqualTo("from");
        assertThat(field(f.insight.keptRates("HELP", "2024-01-01", "2026-03-01"))).isEqualTo("from");
        assertThat(field(f.insight.keptRates("HELP", null, "yesterday"))).isEqualTo("to");
    }

    private Promise store(String ticket, PromiseKind kind, String agent, Instant madeAt) {
        return f.promiseStore.create(Promise.open(ticket, "promise", kind, madeAt.plus(Duration.ofDays(1)), "default",
                agent, madeAt, Channel.EMAIL, PromiseSource.AGENT));
    }

    private void settle(Promise changed) {
        f.promiseStore.update(changed, changed.version(), changed.lastChange());
    }

    private static String field(Response response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(400);
        return JSON.readTree((String) response.getEntity()).at("/errors/0/field").asText();
    }
}
