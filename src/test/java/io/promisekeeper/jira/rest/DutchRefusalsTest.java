package io.promisekeeper.jira.rest;

import static io.promisekeeper.jira.rest.PanelApiFixture.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.SingleCalendar;
import io.promisekeeper.core.rules.DryRun;
import io.promisekeeper.core.rules.FixedTimerForecast;
import io.promisekeeper.core.rules.RuleEngine;
import io.promisekeeper.core.settings.AdminConfiguration;
import io.promisekeeper.jira.admin.StoredPromiseTickets;
import io.promisekeeper.jira.store.ActiveObjectsAuditTrail;
import io.promisekeeper.jira.store.ActiveObjectsConfigDocuments;
import io.promisekeeper.jira.store.ActiveObjectsPromiseStore;
import io.promisekeeper.jira.store.ActiveObjectsUnitOfWork;
import io.promisekeeper.jira.store.TestDatabase;
import io.promisekeeper.jira.text.ErrorText;
import io.promisekeeper.standin.BundleTexts;
import io.promisekeeper.standin.EntityManagerActiveObjects;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each kind of refusal the REST APIs give (not logged in, not allowed, unknown, conflict, bad input) reaches a Dutch
 * caller in Dutch: the same status and fields as for an English caller, other words, no message key.
 */
class DutchRefusalsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final String CALLBACK = """
            {"text": "Call the customer back", "kind": "callback", "due": "2026-03-03T15:00", "channel": "PHONE"}""";
    private static final String RULES = """
            {"rules": [{"id": "at-risk", "name": "Warn", "mode": "approval",
                        "trigger": {"type": "promiseDueWithin", "within": "PT2H"},
                        "actions": [{"type": "sendDelayNotice", "template": "%s"}]}]}""";

    private final PanelApiFixture f = new PanelApiFixture();
    private final EntityManagerActiveObjects ao = TestDatabase.open();
    private final AtomicReference<Locale> adminLocale = new AtomicReference<>(Locale.ENGLISH);

    @AfterEach
    void close() {
        f.close();
        ao.close();
    }

    @Test
    void thePanelApisRefuseADutchAgentInDutch() throws Exception {
        long id = JSON.readTree((String) f.resource.log(TICKET, CALLBACK).getEntity()).get("id").asLong();
        f.resource.kept(String.valueOf(id), "{\"version\": 1}");
        List<String> said = new ArrayList<>();
        said.add(refusedAlike(401, () -> as(null, () -> f.resource.list(TICKET))));
        said.add(refusedAlike(403, () -> as(f.colleague, () -> f.resource.log(TICKET, CALLBACK))));
        said.add(refusedAlike(404, () -> as(f.stranger, () -> f.resource.list(TICKET))));
        said.add(refusedAlike(404, () -> f.resource.kept("999", "{\"version\": 1}")));
        said.add(refusedAlike(404, () -> f.resource.accept("999", "{}")));
        said.add(refusedAlike(409, () -> f.resource.broken(String.valueOf(id), "{\"version\": 1}")));
        said.add(refusedAlike(409, () -> f.resource.broken(String.valueOf(id), "{\"version\": 2}")));
        said.add(refusedAlike(400, () -> f.resource.log(TICKET, "{\"text\": \"x\", \"text\": \"y\"}")));
        said.add(refusedAlike(400, () -> f.resource.log(TICKET, "{\"text\": ")));
        said.add(refusedAlike(404, () -> f.promptResource.send("999", "{}")));
        said.add(refusedAlike(404, () -> f.gestureResource.done("999", "{\"version\": 1}")));
        said.add(refusedAlike(403, () -> as(f.colleague, () -> f.insight.figures(null, null, null, null))));
        said.add(refusedAlike(404, () -> as(f.colleague, () -> f.insight.figures("NOPE", null, null, null))));
        said.add(refusedAlike(400, () -> as(f.projectAdmin,
                () -> f.insight.figures("HELP", "2024-01-01", "2026-03-01", null))));
        assertThat(said).contains("belofte " + id + " is Nagekomen en kan niet Gebroken worden",
                "geen belofte met nummer 999", "Log in om beloften te zien.");
    }

    @Test
    void theAdminApiRefusesADutchAdministratorInDutch() throws Exception {
        AdminResource admin = admin();
        List<String> said = new ArrayList<>();
        said.add(refusedAlike(403, () -> admin.saveRules("0", null, "application/json", RULES.formatted("x"))));
        said.add(refusedAlike(403, () -> admin.saveRules("0", "no-check", "text/plain", RULES.formatted("x"))));
        said.add(refusedAlike(400, () -> admin.saveRules("0", "no-check", "application/json",
                RULES.formatted("no-such-template"))));
        said.add(refusedAlike(400, () -> admin.saveRules("0", "no-check", "application/json", "{\"rules\": [")));
        said.add(refusedAlike(409, () -> admin.saveRules("7", "no-check", "application/json",
                RULES.formatted("delay-notice"))));
        said.add(refusedAlike(400, () -> admin.saveRules(null, "no-check", "application/json", RULES.formatted("x"))));
        assertThat(said).anySatisfy(s -> assertThat(s).startsWith("onbekend sjabloon \"no-such-template\"; bekend: "))
                .contains("de regels zijn intussen door iemand anders gewijzigd (versie 0, verwacht 7)");
    }

    @Test
    void anUnexpectedFailureIsA500WithAnIncidentInTheCallersLanguageAndNoDetail() throws Exception {
        Response english = new JsonErrors(ErrorText.ENGLISH).toResponse(new IllegalStateException("secret detail"));
        Response dutch = new JsonErrors(new ErrorText(new BundleTexts(), () -> DUTCH))
                .toResponse(new IllegalStateException("secret detail"));
        assertThat(english.getStatus()).isEqualTo(500);
        assertThat(dutch.getStatus()).isEqualTo(500);
        assertThat(message(english)).startsWith("Something went wrong (incident ");
        assertThat(message(dutch)).startsWith("Er ging iets mis (incident ");
        assertThat((String) dutch.getEntity()).doesNotContain("secret", "IllegalState", "at io.");
        assertThat(english.getHeaderString("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void theFrameworksOwnRefusalsKeepTheirStatusAndHeadersInTheAppsShape() throws Exception {
        Response original = Response.status(405).header("Allow", "GET").build();
        Response dutch = new JsonErrors(new ErrorText(new BundleTexts(), () -> DUTCH))
                .toResponse(new jakarta.ws.rs.NotAllowedException(original));
        assertThat(dutch.getStatus()).isEqualTo(405);
        assertThat(dutch.getHeaderString("Allow")).isEqualTo("GET");
        assertThat(message(dutch)).isEqualTo("Het verzoek is geweigerd (HTTP 405).");
        assertThat(message(new JsonErrors(ErrorText.ENGLISH).toResponse(new jakarta.ws.rs.NotAllowedException(
                Response.status(405).header("Allow", "GET").build())))).isEqualTo("Method Not Allowed");
    }

    @Test
    void aSecurityRefusalOfTheHostThatReachesTheMapperKeepsItsStatusNotA500() throws Exception {
        JsonErrors dutch = new JsonErrors(new ErrorText(new BundleTexts(), () -> DUTCH));
        Response login = dutch.toResponse(
                new com.atlassian.promisekeeper.fake.HostSecurityRefusals.AuthenticationRequiredException());
        Response right = dutch.toResponse(new com.atlassian.promisekeeper.fake.HostSecurityRefusals.AuthorisationException());
        assertThat(login.getStatus()).isEqualTo(401);
        assertThat(right.getStatus()).isEqualTo(403);
        assertThat(message(right)).isEqualTo("Het verzoek is geweigerd (HTTP 403).");
        // Our own exceptions of the same names outside the host's packages are no such refusal.
        assertThat(JsonErrors.hostSecurityStatus(new SecurityException("AuthorisationException"))).isZero();
    }

    /**
     * Calls {@code call} as an English, then as a Dutch caller: both refused with {@code status} naming the same
     * fields, the Dutch in other words and never a message key. The Dutch messages, joined.
     */
    private String refusedAlike(int status, Supplier<Response> call) throws Exception {
        locale(Locale.ENGLISH);
        JsonNode english = body(call.get(), status);
        locale(DUTCH);
        JsonNode dutch = body(call.get(), status);
        locale(Locale.ENGLISH);
        assertThat(fields(dutch)).as("the same fields").isEqualTo(fields(english));
        List<String> said = new ArrayList<>();
        for (int i = 0; i < english.size(); i++) {
            String en = english.get(i).get("message").asText();
            String nl = dutch.get(i).get("message").asText();
            assertThat(nl).as("Dutch for: " + en).isNotEqualTo(en).isNotBlank()
                    .doesNotContain("pk-msg:", "promise-keeper.", "error.");
            said.add(nl);
        }
        return String.join("; ", said);
    }

    private void locale(Locale locale) {
        when(f.authentication.getLocale()).thenReturn(locale);
        adminLocale.set(locale);
    }

    private Response as(com.atlassian.jira.user.ApplicationUser user, Supplier<Response> call) {
        f.loggedIn(user);
        try {
            return call.get();
        } finally {
            f.loggedIn(f.agent);
        }
    }

    private static JsonNode body(Response response, int status) throws Exception {
        assertThat(response.getStatus()).as((String) response.getEntity()).isEqualTo(status);
        return JSON.readTree((String) response.getEntity()).get("errors");
    }

    private static List<String> fields(JsonNode errors) {
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.get("field").isNull() ? null : e.get("field").asText()));
        return fields;
    }

    private static String message(Response response) throws Exception {
        return JSON.readTree((String) response.getEntity()).at("/errors/0/message").asText();
    }

    private AdminResource admin() {
        Clock clock = Clock.fixed(PanelApiFixture.NOW, ZoneOffset.UTC);
        UserManager users = mock(UserManager.class);
        UserKey key = new UserKey("admin");
        when(users.getRemoteUserKey()).thenReturn(key);
        when(users.isAdmin(key)).thenReturn(true);
        SingleCalendar calendars = new SingleCalendar(
                BusinessCalendar.weekdays("default", ZoneId.of("Europe/Amsterdam"), 9, 17, Set.of()));
        ErrorText words = new ErrorText(new BundleTexts(), adminLocale::get);
        return Answered.by(new AdminResource(users, new AdminConfiguration(new ActiveObjectsConfigDocuments(ao, clock),
                new ActiveObjectsAuditTrail(ao), new ActiveObjectsUnitOfWork(ao), clock, ZoneId.of("UTC")),
                new DryRun(new RuleEngine(new FixedTimerForecast(0.25)),
                        new StoredPromiseTickets(new ActiveObjectsPromiseStore(ao), calendars), Duration.ofHours(1)),
                clock, words), words);
    }
}
