package io.promisekeeper.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.promisekeeper.core.insight.GestureFact;
import io.promisekeeper.core.insight.GestureState;
import io.promisekeeper.core.notice.DelayNotice;
import io.promisekeeper.core.notice.EpisodeKey;
import io.promisekeeper.core.notice.NoticeState;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSource;
import io.promisekeeper.core.rules.RuleMode;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InsightResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GROUPS = "{\"leadGroups\": [\"service-leads\"]}";
    private final PanelApiFixture f = new PanelApiFixture();

    @BeforeEach
    void leadGroupNamed() {
        f.configuration.saveInsight("admin", GROUPS, 0);
        f.loggedIn(f.lead);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void keptRatesOfAProjectInTheFiguresOverallAndByGroupWithKnownAnswers() throws Exception {
        Instant madeAt = PanelApiFixture.NOW.minus(Duration.ofDays(3));
        Promise kept1 = store("HELP-1", PromiseKind.CALLBACK, "agent", madeAt);
        Promise kept2 = store("HELP-2", PromiseKind.CALLBACK, "agent", madeAt);
        Promise broken = store("HELP-1", PromiseKind.UPDATE, "colleague", madeAt);
        store("HELP-2", PromiseKind.UPDATE, "agent", madeAt);
        store("OTHER-1", PromiseKind.UPDATE, "agent", madeAt);
        settle(kept1.keep("agent", madeAt.plusSeconds(60), ""));
        settle(kept2.keep("agent", madeAt.plusSeconds(60), ""));
        settle(broken.markBroken("agent", madeAt.plusSeconds(60), ""));

        Response response = f.insight.figures("HELP", null, null, null);
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
        assertThat(body.at("/groups/COMPONENT")).anySatisfy(g -> {
            assertThat(g.get("group").asText()).isEqualTo("Network");
            assertThat(g.get("kept").asInt()).isEqualTo(1);
            assertThat(g.get("broken").asInt()).isEqualTo(1);
        });
        assertThat(body.at("/groups/AGENT")).anySatisfy(g -> assertThat(g.get("group").asText()).isEqualTo("colleague"));
        assertThat(body.at("/groups/WEEK")).hasSize(1);
    }

    @Test
    void figuresWithNoticesGesturesAndTheComponentFilter() throws Exception {
        Instant madeAt = PanelApiFixture.NOW.minus(Duration.ofDays(3));
        Promise kept = store("HELP-1", PromiseKind.CALLBACK, "agent", madeAt);
        Promise broken = store("HELP-2", PromiseKind.CALLBACK, "agent", madeAt);
        settle(kept.keep("agent", madeAt.plusSeconds(60), ""));
        settle(broken.markBroken("agent", madeAt.plusSeconds(60), ""));
        // HELP-1's promise had a notice 3 hours before its due moment (made + 1 day).
        sent(kept, kept.due().minus(Duration.ofHours(3)));
        f.gestures.add(new GestureFact("HELP-2", "HELP", PanelApiFixture.COMPONENT_OF_OTHERS, "agent", "gift", "Gift",
                GestureState.DONE, null, new BigDecimal("12.50"), madeAt, madeAt.plusSeconds(3600)));
        f.gestures.add(new GestureFact("HELP-1", "HELP", "Network", "agent", "call", "Call",
                GestureState.DISMISSED, "no time", null, madeAt, madeAt.plusSeconds(60)));

        JsonNode all = ok(f.insight.figures("HELP", null, null, null));
        assertThat(all.at("/overall/kept").asInt()).isEqualTo(1);
        assertThat(all.at("/overall/broken").asInt()).isEqualTo(1);
        assertThat(all.at("/notices/0/outcome").asText()).isEqualTo("KEPT");
        assertThat(all.at("/notices/0/withNotice").asInt()).isEqualTo(1);
        assertThat(all.at("/notices/1/withoutNotice").asInt()).isEqualTo(1);
        assertThat(all.at("/leadTimes/medianMinutes").asInt()).isEqualTo(180);
        assertThat(all.at("/gestures/total/suggested").asInt()).isEqualTo(2);
        assertThat(all.at("/gestures/total/cost").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(all.at("/gestures/dismissReasons/0/reason").asText()).isEqualTo("no time");
        assertThat(all.at("/components")).hasSize(2);

        JsonNode network = ok(f.insight.figures("HELP", null, null, "Network"));
        assertThat(network.at("/overall/kept").asInt()).isEqualTo(1);
        assertThat(network.at("/overall/broken").asInt()).isZero();
        assertThat(network.at("/gestures/total/done").asInt()).isZero();
        assertThat(network.at("/gestures/total/dismissed").asInt()).isEqualTo(1);
        JsonNode earlier = ok(f.insight.figures("HELP", "2026-01-01", "2026-01-31", null));
        assertThat(earlier.at("/overall/kept").asInt()).isZero();
    }

    @Test
    void csvExportIsQuotedAndGuardedAgainstFormulas() throws Exception {
        Instant madeAt = PanelApiFixture.NOW.minus(Duration.ofDays(3));
        Promise broken = store("HELP-2", PromiseKind.CALLBACK, "agent", madeAt);
        settle(broken.markBroken("agent", madeAt.plusSeconds(60), ""));
        Response csv = f.insight.figuresCsv("HELP", "2026-02-01", "2026-03-02", null);
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getMediaType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaderString("Content-Disposition"))
                .isEqualTo("attachment; filename=\"promise-insight-HELP-2026-02-01-2026-03-02.csv\"");
        String text = (String) csv.getEntity();
        assertThat(text).startsWith("section,grouping,group,measure,value\r\n");
        assertThat(text).contains("keptRate,all,all,broken,1\r\n");
        // The component is =HYPERLINK("http://evil"): an apostrophe disarms it, and its quotes are doubled.
        assertThat(text).contains("keptRate,COMPONENT,\"'=HYPERLINK(\"\"http://evil\"\")\",broken,1\r\n");
        assertThat(text).doesNotContain(",=HYPERLINK");
    }

    @Test
    void projectFiguresAreForProjectAdministratorsLeadsAndJiraAdministrators() throws Exception {
        assertStatus(() -> f.insight.figures("HELP", null, null, null), 200);
        f.loggedIn(null);
        assertAll(401);
        f.loggedIn(f.agent);
        assertAll(403);
        f.loggedIn(f.colleague);
        assertAll(403);
        f.loggedIn(f.customer);
        assertAll(403);
        f.loggedIn(f.projectAdmin);
        assertAll(200);
        f.loggedIn(f.lead);
        assertAll(200);
        f.loggedIn(f.agent);
        assertThat(f.insight.figures("NOPE", null, null, null).getStatus()).isEqualTo(404);
    }

    @Test
    void aLeadGroupCountsOnlyOnceAnAdministratorNamesIt() throws Exception {
        f.configuration.saveInsight("admin", "{\"leadGroups\": [\"other-leads\"]}", 1);
        f.loggedIn(f.lead);
        assertAll(403);
    }

    @Test
    void figuresAcrossProjectsAreForJiraAdministratorsOnly() throws Exception {
        f.loggedIn(f.lead);
        assertStatus(() -> f.insight.figures(null, null, null, null), 403);
        assertStatus(() -> f.insight.figuresCsv(null, null, null, null), 403);
        f.loggedIn(f.projectAdmin);
        assertStatus(() -> f.insight.figures(null, null, null, null), 403);
        when(f.users.isAdmin(new UserKey("colleague"))).thenReturn(true);
        f.loggedIn(f.colleague);
        JsonNode body = ok(f.insight.figures(null, null, null, null));
        assertThat(body.at("/projects/0").asText()).isEqualTo("HELP");
        assertStatus(() -> f.insight.figuresCsv(null, null, null, null), 200);
        assertStatus(() -> f.insight.figures("HELP", null, null, null), 200);
    }

    @Test
    void onlyJiraAdministratorsNameTheLeadGroupsWithTheXsrfHeader() throws Exception {
        f.loggedIn(f.lead);
        assertStatus(() -> f.insight.settings(), 403);
        assertStatus(() -> f.insight.saveSettings("1", "no-check", "application/json", GROUPS), 403);
        when(f.users.getRemoteUserKey()).thenReturn(new UserKey("colleague"));
        when(f.users.isAdmin(new UserKey("colleague"))).thenReturn(true);
        f.loggedIn(f.colleague);
        JsonNode read = ok(f.insight.settings());
        assertThat(read.get("version").asInt()).isEqualTo(1);
        assertThat(read.at("/leadGroups/0").asText()).isEqualTo("service-leads");
        assertStatus(() -> f.insight.saveSettings("1", null, "application/json", GROUPS), 403);
        assertStatus(() -> f.insight.saveSettings("1", "no-check", "text/plain", GROUPS), 403);
        Response bad = f.insight.saveSettings("1", "no-check", "application/json", "{\"leadGroups\": [\"\"]}");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(JSON.readTree((String) bad.getEntity()).at("/errors/0/field").asText()).isEqualTo("leadGroups[0]");
        assertStatus(() -> f.insight.saveSettings("0", "no-check", "application/json", GROUPS), 409);
        JsonNode saved = ok(f.insight.saveSettings("1", "no-check", "application/json",
                "{\"leadGroups\": [\"leads\", \" leads \", \"night\"]}"));
        assertThat(saved.get("version").asInt()).isEqualTo(2);
        assertThat(saved.get("leadGroups")).hasSize(2);
        assertThat(f.configuration.insight().value().leadGroups()).containsExactly("leads", "night");
    }

    @Test
    void badPeriodsAreRefusedNamingTheField() throws Exception {
        assertThat(field(f.insight.figures("HELP", "2026-02-30", null, null))).isEqualTo("from");
        assertThat(field(f.insight.figures("HELP", "2026-03-01", "2026-02-01", null))).isEqualTo("from");
        assertThat(field(f.insight.figures("HELP", "2024-01-01", "2026-03-01", null))).isEqualTo("from");
        assertThat(field(f.insight.figures("HELP", null, "yesterday", null))).isEqualTo("to");
        assertThat(field(f.insight.figures("HELP", null, null, "x".repeat(300)))).isEqualTo("component");
        assertThat(field(f.insight.figuresCsv("HELP", "soon", null, null))).isEqualTo("from");
        // Dates at the ends of the calendar (epoch overflow before) are a 400 naming the field, not a 500.
        assertThat(field(f.insight.figures("HELP", "+999999999-12-01", null, null))).isEqualTo("from");
        assertThat(field(f.insight.figuresCsv("HELP", "+999999999-12-01", null, null))).isEqualTo("from");
        assertThat(field(f.insight.figures("HELP", null, "+999999999-12-01", null))).isEqualTo("to");
        assertThat(field(f.insight.figures("HELP", "-999999999-01-01", null, null))).isEqualTo("from");
        assertThat(field(f.insight.figures("HELP", null, null, "\u0000"))).isEqualTo("component");
    }

    @Test
    void aComponentFilterThatASemicolonSpreadsheetWouldSplitStaysOneHarmlessCell() throws Exception {
        Response csv = f.insight.figuresCsv("HELP", null, null, "x;=HYPERLINK(A1)");
        assertThat(csv.getStatus()).isEqualTo(200);
        String text = (String) csv.getEntity();
        assertThat(text).contains("filter,,,component,\"x;'=HYPERLINK(A1)\"\r\n").doesNotContain("x;=HYPERLINK");
        assertThat(io.promisekeeper.jira.insight.CsvTableTest.formulaStarts(text)).isEmpty();
    }

    private void assertAll(int status) {
        assertStatus(() -> f.insight.figures("HELP", null, null, null), status);
        assertStatus(() -> f.insight.figuresCsv("HELP", null, null, null), status);
        assertStatus(() -> f.insight.figures("HELP", null, null, null), status);
    }

    private static void assertStatus(Supplier<Response> call, int status) {
        Response r = call.get();
        assertThat(r.getStatus()).as("%s", r.getEntity()).isEqualTo(status);
    }

    private static JsonNode ok(Response r) throws Exception {
        assertThat(r.getStatus()).as("%s", r.getEntity()).isEqualTo(200);
        return JSON.readTree((String) r.getEntity());
    }

    private void sent(Promise p, Instant at) {
        EpisodeKey episode = EpisodeKey.first("promise:" + p.id());
        f.journal.claimed(new DelayNotice(p.id(), p.ticketKey(), "customer", episode, "en", "Late", "rule",
                "delay", RuleMode.AUTOMATIC, at, "at risk"), at.minusSeconds(60));
        f.journal.mark(episode, NoticeState.SENDING, at.minusSeconds(30));
        f.journal.mark(episode, NoticeState.SENT, at);
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
