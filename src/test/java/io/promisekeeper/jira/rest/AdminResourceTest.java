package io.promisekeeper.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.fasterxml.jackson.databind.JsonNode;
import io.promisekeeper.standin.EntityManagerActiveObjects;
import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.SingleCalendar;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSource;
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
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The admin REST API over a real store (AO on H2, or PostgreSQL when the run provides one); SAL mocked. */
class AdminResourceTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String JSON = "application/json";
    private static final String TOKEN = "no-check";
    private static final String RULES = """
            {"rules": [{"id": "at-risk", "name": "Warn before it breaks", "mode": "approval",
                        "trigger": {"type": "promiseDueWithin", "within": "PT2H"},
                        "actions": [{"type": "sendDelayNotice", "template": "delay-notice"}]}]}""";

    private final EntityManagerActiveObjects ao = TestDatabase.open();
    private final UserManager users = mock(UserManager.class);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ActiveObjectsConfigDocuments documents = new ActiveObjectsConfigDocuments(ao, clock);
    private final ActiveObjectsAuditTrail audit = new ActiveObjectsAuditTrail(ao);
    private final ActiveObjectsPromiseStore promises = new ActiveObjectsPromiseStore(ao);
    private final SingleCalendar calendars = new SingleCalendar(
            BusinessCalendar.weekdays("default", ZoneId.of("Europe/Amsterdam"), 9, 17, Set.of()));
    private final AdminResource resource = Answered.by(new AdminResource(users,
            new AdminConfiguration(documents, audit, new ActiveObjectsUnitOfWork(ao), clock, ZoneId.of("UTC")),
            new DryRun(new RuleEngine(new FixedTimerForecast(0.25)), new StoredPromiseTickets(promises, calendars),
                    Duration.ofHours(1)), clock));

    @AfterEach
    void close() {
        ao.close();
    }

    private void as(String key, boolean admin) {
        UserKey user = key == null ? null : new UserKey(key);
        when(users.getRemoteUserKey()).thenReturn(user);
        if (user != null) {
            when(users.isAdmin(user)).thenReturn(admin);
        }
    }

    /** Every method of the resource, called with a valid body and headers. */
    private List<Supplier<Response>> everyMethod() {
        return List.of(
                resource::rules,
                () -> resource.saveRules("0", TOKEN, JSON, RULES),
                resource::templates,
                () -> resource.saveTemplates("0", TOKEN, JSON, "{\"templates\": []}"),
                () -> resource.preview(TOKEN, JSON, "{\"bodies\": {\"en\": \"Hi\"}}"),
                resource::settings,
                () -> resource.saveSettings("0", TOKEN, JSON, "{}"),
                () -> resource.audit(null),
                () -> resource.dryRun(TOKEN, JSON, RULES),
                resource::delight,
                () -> resource.saveDelight("0", TOKEN, JSON, "{}"),
                resource::schema);
    }

    @Test
    void anAdministratorReadsTheTriggerSchemaTheFormIsBuiltFrom() {
        as("admin", true);
        Response r = resource.schema();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat((String) r.getEntity()).contains("\"type\":\"promiseAtRisk\"", "\"kind\":\"probability\"",
                "\"labelKey\":\"promise-keeper.admin.trigger.afterResolution\"", "\"name\":\"times\"");
    }

    @Test
    void theClassCarriesAdminOnlyAndWebSudoAndEveryPublicMethodIsCovered() {
        assertThat(AdminResource.class.isAnnotationPresent(AdminOnly.class)).isTrue();
        assertThat(AdminResource.class.isAnnotationPresent(com.atlassian.sal.api.websudo.WebSudoRequired.class)).isTrue();
        long endpoints = java.util.Arrays.stream(AdminResource.class.getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                .map(Method::getName).count();
        assertThat(everyMethod()).hasSize((int) endpoints);
    }

    @Test
    void anonymousCallersGet401OnEveryMethod() {
        as(null, false);
        for (Supplier<Response> call : everyMethod()) {
            assertThat(call.get().getStatus()).isEqualTo(401);
        }
        assertNothingSaved();
    }

    @Test
    void usersWhoAreNoAdministratorGet403OnEveryMethod() {
        as("agent", false);
        for (Supplier<Response> call : everyMethod()) {
            Response r = call.get();
            assertThat(r.getStatus()).isEqualTo(403);
            assertThat((String) r.getEntity()).contains("\"errors\"");
        }
        assertNothingSaved();
    }

    @Test
    void aChangeWithoutTheXsrfHeaderOrAsAFormIsRefusedAndSavesNothing() {
        as("admin", true);
        List<Response> refused = new ArrayList<>();
        refused.add(resource.saveRules("0", null, JSON, RULES));
        refused.add(resource.saveRules("0", "nocheck", JSON, RULES));
        refused.add(resource.saveRules("0", TOKEN, "application/x-www-form-urlencoded", RULES));
        refused.add(resource.saveRules("0", TOKEN, "text/plain", RULES));
        refused.add(resource.saveRules("0", TOKEN, null, RULES));
        refused.add(resource.saveSettings("0", null, JSON, "{}"));
        refused.add(resource.saveTemplates("0", null, JSON, "{}"));
        refused.add(resource.saveDelight("0", null, JSON, "{}"));
        refused.add(resource.saveDelight("0", TOKEN, "text/plain", "{}"));
        refused.add(resource.preview(null, JSON, "{}"));
        refused.add(resource.dryRun(TOKEN, "multipart/form-data", RULES));
        assertThat(refused).extracting(Response::getStatus).containsOnly(403);
        assertThat((String) refused.get(0).getEntity()).contains("XSRF");
        assertNothingSaved();
        // With both, the same change goes through.
        assertThat(resource.saveRules("0", TOKEN, "application/json; charset=UTF-8", RULES).getStatus()).isEqualTo(200);
    }

    @Test
    void savedRulesAreReadBackAndAudited() throws Exception {
        as("admin", true);
        when(users.getUserProfile(new UserKey("admin"))).thenReturn(new com.atlassian.sal.api.user.UserProfile() {
            @Override
            public UserKey getUserKey() {
                return new UserKey("admin");
            }

            @Override
            public String getFullName() {
                return "Ada Admin";
            }
        });
        JsonNode before = json(resource.rules());
        assertThat(before.get("version").asLong()).isZero();
        assertThat(before.get("document").get("rules")).isEmpty();
        assertThat(before.get("templateIds").toString()).contains("delay-notice");

        Response saved = resource.saveRules("0", TOKEN, JSON, RULES);
        assertThat(saved.getStatus()).isEqualTo(200);
        JsonNode after = json(resource.rules());
        assertThat(after.get("version").asLong()).isEqualTo(1);
        assertThat(after.get("changedBy").asText()).isEqualTo("admin");
        assertThat(after.at("/document/rules/0/name").asText()).isEqualTo("Warn before it breaks");

        JsonNode entries = json(resource.audit("10")).get("entries");
        assertThat(entries).hasSize(1);
        assertThat(entries.at("/0/who").asText()).isEqualTo("admin");
        assertThat(entries.at("/0/whoName").asText()).isEqualTo("Ada Admin");
        assertThat(entries.at("/0/what").asText()).isEqualTo("rules");
        assertThat(entries.at("/0/at").asText()).isEqualTo(NOW.toString());
        assertThat(entries.at("/0/before").isNull()).isTrue();
        assertThat(entries.at("/0/after").asText()).contains("Warn before it breaks");

        // A second save is audited with the first as its before, newest first.
        resource.saveRules("1", TOKEN, JSON, RULES.replace("Warn before it breaks", "Second"));
        JsonNode two = json(resource.audit(null)).get("entries");
        assertThat(two.at("/0/after").asText()).contains("Second");
        assertThat(two.at("/0/before").asText()).contains("Warn before it breaks");
    }

    @Test
    void invalidRulesAre400ListingEveryPathAndSaveNothing() throws Exception {
        as("admin", true);
        String bad = """
                {"rules": [{"id": "a", "name": "A", "mode": "sometimes",
                            "trigger": {"type": "promiseAtRisk", "threshold": 1.5},
                            "actions": [{"type": "sendDelayNotice", "template": "nope"}]}]}""";
        Response r = resource.saveRules("0", TOKEN, JSON, bad);
        assertThat(r.getStatus()).isEqualTo(400);
        JsonNode errors = PromiseJson.MAPPER.readTree((String) r.getEntity()).get("errors");
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactly("rules[0].mode", "rules[0].trigger.threshold",
                "rules[0].actions[0].template");
        assertThat(resource.saveRules("0", TOKEN, JSON, "{not json").getStatus()).isEqualTo(400);
        assertThat(resource.saveRules(null, TOKEN, JSON, RULES).getStatus()).isEqualTo(400);
        assertThat(resource.saveRules("x", TOKEN, JSON, RULES).getStatus()).isEqualTo(400);
        assertNothingSaved();
    }

    @Test
    void aSaveOverAStaleVersionIs409AndKeepsTheOtherSave() throws Exception {
        as("admin", true);
        assertThat(resource.saveRules("0", TOKEN, JSON, RULES).getStatus()).isEqualTo(200);
        Response stale = resource.saveRules("0", TOKEN, JSON, RULES.replace("Warn before it breaks", "Lost"));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat((String) stale.getEntity()).contains("\"field\":\"version\"");
        assertThat(json(resource.rules()).at("/document/rules/0/name").asText()).isEqualTo("Warn before it breaks");
        assertThat(audit.newest(10)).hasSize(1);
    }

    @Test
    void settingsAndTemplatesAreValidatedSavedAndAudited() throws Exception {
        as("admin", true);
        JsonNode settings = json(resource.settings());
        assertThat(settings.at("/document/jobIntervalMinutes").asInt()).isEqualTo(5);
        String changed = settings.get("document").toString().replace("\"jobIntervalMinutes\":5",
                "\"jobIntervalMinutes\":15");
        assertThat(resource.saveSettings("0", TOKEN, JSON, changed).getStatus()).isEqualTo(200);
        assertThat(json(resource.settings()).at("/document/jobIntervalMinutes").asInt()).isEqualTo(15);

        Response bad = resource.saveSettings("1", TOKEN, JSON, changed.replace("\"jobIntervalMinutes\":15",
                "\"jobIntervalMinutes\":0"));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat((String) bad.getEntity()).contains("\"field\":\"jobIntervalMinutes\"");

        // A rule uses delay-notice, so templates without it are refused.
        resource.saveRules("0", TOKEN, JSON, RULES);
        Response orphaning = resource.saveTemplates("0", TOKEN, JSON,
                "{\"templates\": [{\"id\": \"other\", \"language\": \"en\", \"body\": \"Hi\"}]}");
        assertThat(orphaning.getStatus()).isEqualTo(400);
        assertThat((String) orphaning.getEntity()).contains("delay-notice");
        JsonNode templates = json(resource.templates());
        String more = templates.get("document").toString().replace("]}",
                ",{\"id\":\"other\",\"language\":\"en\",\"body\":\"Hi ${customerFirstName}\"}]}");
        assertThat(resource.saveTemplates("0", TOKEN, JSON, more).getStatus()).isEqualTo(200);
        assertThat(json(resource.rules()).get("templateIds").toString()).contains("other");
        assertThat(audit.newest(10)).extracting(e -> e.what()).containsExactly("templates", "rules", "settings");
    }

    @Test
    void holidaysOutsideTheInputWindowAre400NamingEachAndSaveNothing() throws Exception {
        as("admin", true);
        String document = json(resource.settings()).get("document").toString();
        String holidays = document.replaceAll("\"holidays\":\\[[^]]*]",
                "\"holidays\":[\"2025-03-01\",\"2026-12-25\",\"2031-03-07\",\"+99999-01-01\"]");

        Response refused = resource.saveSettings("0", TOKEN, JSON, holidays);

        assertThat(refused.getStatus()).isEqualTo(400);
        JsonNode errors = PromiseJson.MAPPER.readTree((String) refused.getEntity()).get("errors");
        // Today is 2026-03-02: 366 days back is 2025-03-01, 5 × 366 days ahead 2031-03-06.
        assertThat(errors.findValuesAsText("field")).containsExactly("calendar.holidays[2]", "calendar.holidays[3]");
        assertThat(errors.get(0).get("message").asText()).contains("2025-03-01").contains("2031-03-06");
        assertNothingSaved();

        String inWindow = document.replaceAll("\"holidays\":\\[[^]]*]",
                "\"holidays\":[\"2025-03-01\",\"2031-03-06\"]");
        assertThat(resource.saveSettings("0", TOKEN, JSON, inWindow).getStatus()).isEqualTo(200);
    }

    @Test
    void thePreviewEscapesValuesForJsmMarkupAndReturnsTextInBothLanguages() throws Exception {
        as("admin", true);
        String payload = "{html}<script>alert(1)</script>{html} [link|http://x] *bold*";
        String body = PromiseJson.MAPPER.createObjectNode()
                .<com.fasterxml.jackson.databind.node.ObjectNode>set("bodies", PromiseJson.MAPPER.createObjectNode()
                        .put("en", "Hello ${customerFirstName}, about ${promiseText}")
                        .put("nl", "Beste ${customerFirstName} <script>x</script>"))
                .<com.fasterxml.jackson.databind.node.ObjectNode>set("sample", PromiseJson.MAPPER.createObjectNode()
                        .put("customerFirstName", payload).put("promiseText", "*urgent* _now_"))
                .toString();
        Response r = resource.preview(TOKEN, JSON, body);
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getMediaType().toString()).isEqualTo(JSON);
        JsonNode previews = PromiseJson.MAPPER.readTree((String) r.getEntity()).get("previews");
        String en = previews.at("/0/markup").asText();
        assertThat(previews.at("/0/language").asText()).isEqualTo("en");
        assertThat(en).contains("\\{html\\}&lt;script&gt;alert(1)&lt;/script&gt;\\{html\\}")
                .contains("\\[link\\|http&#58;//x\\]").contains("\\*bold\\*").contains("\\*urgent\\* \\_now\\_")
                .doesNotContain("<script>").doesNotContain("[link|");
        assertThat(previews.at("/1/language").asText()).isEqualTo("nl");
        // The template's own text is the administrator's markup; the page shows the JSON string as text.
        assertThat(previews.at("/1/markup").asText()).startsWith("Beste \\{html\\}");

        Response bad = resource.preview(TOKEN, JSON, "{\"bodies\": {\"en\": \"Hi ${nam}\", \"xx-1\": \"a\"}}");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat((String) bad.getEntity()).contains("\"field\":\"bodies.en\"").contains("\"field\":\"bodies.xx-1\"");
        assertNothingSaved();
    }

    @Test
    void aDryRunReplaysThePostedRulesOverRecentPromisesAndSavesNothing() throws Exception {
        as("admin", true);
        promises.create(Promise.open("HELP-1", "Call back", PromiseKind.CALLBACK, NOW.minus(Duration.ofDays(1)),
                "default", "agent", NOW.minus(Duration.ofDays(2)), Channel.PHONE, PromiseSource.AGENT));
        promises.create(Promise.open("HELP-2", "Send invoice", PromiseKind.UPDATE, NOW.plus(Duration.ofDays(3)),
                "default", "agent", NOW.minus(Duration.ofDays(1)), Channel.EMAIL, PromiseSource.AGENT));
        JsonNode result = json(resource.dryRun(TOKEN, JSON, RULES));
        assertThat(result.get("days").asInt()).isEqualTo(7);
        assertThat(result.get("ticketsExamined").asInt()).isEqualTo(2);
        assertThat(result.at("/rules/0/tickets").asInt()).isEqualTo(1);
        assertThat(result.at("/hits/0/ticketKey").asText()).isEqualTo("HELP-1");
        assertThat(resource.dryRun(TOKEN, JSON, "{\"rules\": [{}]}").getStatus()).isEqualTo(400);
        assertNothingSaved();
    }

    @Test
    void theDelightCatalogueIsReadSavedAuditedAndGuardedAgainstRulesThatNeedAGesture() throws Exception {
        as("admin", true);
        JsonNode defaults = json(resource.delight());
        assertThat(defaults.get("version").asLong()).isZero();
        assertThat(defaults.at("/document/gestures/0/texts/nl/name").asText()).isNotBlank();
        String doc = """
                {"currency": "EUR", "limits": {"perCustomerPerMonth": 1, "budgetPerProjectPerMonth": 50,
                 "zone": "Europe/Amsterdam"}, "gestures": [{"id": "call", "kind": "call",
                 "texts": {"en": {"name": "<b>Call</b>", "description": "Ring them"}}}]}""";

        Response bad = resource.saveDelight("0", TOKEN, JSON, doc.replace("\"call\", \"kind\": \"call\"",
                "\"call\", \"kind\": \"hug\""));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat((String) bad.getEntity()).contains("gestures[0].kind");
        assertNothingSaved();

        JsonNode saved = json(resource.saveDelight("0", TOKEN, JSON, doc));
        assertThat(saved.get("version").asLong()).isEqualTo(1);
        assertThat(saved.at("/document/gestures/0/texts/en/name").asText()).isEqualTo("<b>Call</b>");
        assertThat(resource.saveDelight("0", TOKEN, JSON, doc).getStatus()).isEqualTo(409);
        assertThat(audit.newest(5)).extracting(e -> e.what()).containsExactly("delight");

        String rule = """
                {"rules": [{"id": "hard", "name": "Hard ticket", "mode": "approval",
                            "trigger": {"type": "hardTicket", "updates": 20},
                            "actions": [{"type": "suggestDelight", "gesture": "call"}]}]}""";
        assertThat(resource.saveRules("0", TOKEN, JSON, rule.replace("\"call\"", "\"flowers\"")).getStatus())
                .isEqualTo(400);
        assertThat(resource.saveRules("0", TOKEN, JSON, rule).getStatus()).isEqualTo(200);
        Response stillUsed = resource.saveDelight("1", TOKEN, JSON, doc.replace("\"id\": \"call\"",
                "\"id\": \"ring\""));
        assertThat(stillUsed.getStatus()).isEqualTo(400);
        assertThat((String) stillUsed.getEntity()).contains("used by rule");
    }

    @Test
    void aDelightDocumentStoredWithTheBudgetsOldNameIsShownWithTheNewOne() throws Exception {
        as("admin", true);
        documents.write("delight", """
                {"currency": "EUR", "limits": {"perCustomerPerMonth": 1, "budgetPerTeamPerMonth": 50,
                 "zone": "Europe/Amsterdam"}, "gestures": [{"id": "call", "kind": "call",
                 "texts": {"en": {"name": "Call", "description": "Ring them"}}}]}""", 0, "earlier-version");

        JsonNode shown = json(resource.delight());

        assertThat(shown.get("version").asLong()).isEqualTo(1);
        assertThat(shown.at("/document/limits/budgetPerProjectPerMonth").decimalValue()).isEqualByComparingTo("50");
        assertThat(shown.at("/document/limits").has("budgetPerTeamPerMonth")).isFalse();
    }

    private void assertNothingSaved() {
        for (String name : AdminConfiguration.names()) {
            assertThat(documents.read(name)).as(name).isEmpty();
        }
        assertThat(audit.newest(10)).isEmpty();
    }

    private static JsonNode json(Response r) throws Exception {
        assertThat(r.getStatus()).as("status of %s", r.getEntity()).isEqualTo(200);
        return PromiseJson.MAPPER.readTree((String) r.getEntity());
    }
}
