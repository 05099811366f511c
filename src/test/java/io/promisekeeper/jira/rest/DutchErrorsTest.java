package io.promisekeeper.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import io.promisekeeper.jira.text.ErrorText;
import io.promisekeeper.standin.BundleTexts;
import io.promisekeeper.standin.EntityManagerActiveObjects;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad input to the panel and admin REST APIs is refused in the caller's language, naming the same fields. */
class DutchErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String BAD_PROMISE = """
            {"kind": "hug", "due": "tomorrow", "channel": "PHONE", "colour": "red"}""";
    private static final String BAD_RULES = """
            {"rules": [{"id": "a b", "name": "x", "enabled": "yes", "mode": "approval",
                        "trigger": {"type": "promiseDueWithin", "within": "PT2H"},
                        "actions": [{"type": "sendDelayNotice", "template": "delay-notice"}]}], "rulez": 1}""";

    private final PanelApiFixture panel = new PanelApiFixture();
    private final EntityManagerActiveObjects ao = TestDatabase.open();
    private final UserManager users = mock(UserManager.class);
    private final AtomicReference<Locale> adminLocale = new AtomicReference<>(Locale.ENGLISH);

    @AfterEach
    void close() {
        panel.close();
        ao.close();
    }

    @Test
    void thePanelRefusesBadInputInDutchForADutchAgentAndInTheSameEnglishAsBeforeForAnEnglishOne() throws Exception {
        Map<String, String> english = errors(panel.resource.log(PanelApiFixture.TICKET, BAD_PROMISE));
        assertThat(english).containsEntry("text", "is required")
                .containsEntry("due", "is not a valid date and time like 2026-03-03T15:00")
                .containsKey("colour");
        assertThat(english.get("kind")).startsWith("must be one of ").contains("CALLBACK");

        when(panel.authentication.getLocale()).thenReturn(DUTCH);
        Map<String, String> dutch = errors(panel.resource.log(PanelApiFixture.TICKET, BAD_PROMISE));
        assertThat(dutch.keySet()).as("the same fields").isEqualTo(english.keySet());
        assertThat(dutch).containsEntry("text", "is verplicht")
                .containsEntry("due", "is geen geldige datum en tijd zoals 2026-03-03T15:00");
        assertThat(dutch.get("kind")).startsWith("moet een van deze zijn: ").contains("CALLBACK");
        assertThat(dutch.get("colour")).startsWith("is geen bekend veld; verwacht een van: ").contains("text");
        assertThat(errors(panel.resource.edit("zero", "{}"))).containsEntry("id", "moet een positief geheel getal zijn");
    }

    @Test
    void insightRefusesABadPeriodInDutch() throws Exception {
        panel.configuration.saveInsight("admin", "{\"leadGroups\": [\"service-leads\"]}", 0);
        panel.loggedIn(panel.lead);
        assertThat(errors(panel.insight.figures("HELP", null, "yesterday", null)))
                .containsEntry("to", "is not a date like 2026-03-31");
        when(panel.authentication.getLocale()).thenReturn(DUTCH);
        assertThat(errors(panel.insight.figures("HELP", null, "yesterday", null)))
                .containsEntry("to", "is geen datum zoals 2026-03-31");
    }

    @Test
    void theAdminApiRefusesBadRulesInDutchAndSaysDryRunReasonsInDutch() throws Exception {
        AdminResource admin = admin();
        Map<String, String> english = errors(admin.saveRules("0", "no-check", "application/json", BAD_RULES));
        assertThat(english).containsEntry("rules[0].enabled", "must be true or false")
                .containsEntry("rulez", "unknown field; known: rules");

        adminLocale.set(DUTCH);
        Map<String, String> dutch = errors(admin.saveRules("0", "no-check", "application/json", BAD_RULES));
        assertThat(dutch.keySet()).isEqualTo(english.keySet());
        assertThat(dutch).containsEntry("rules[0].enabled", "moet true of false zijn")
                .containsEntry("rulez", "onbekend veld; bekend: rules")
                .containsEntry("rules[0].id", "moet uit letters, cijfers, punt, liggend streepje of koppelteken bestaan");
        assertThat(errors(admin.saveSettings("0", "no-check", "application/json", "")))
                .containsEntry("$", "is leeg; stuur het JSON-document");

        String rules = BAD_RULES.replace("\"a b\"", "\"at-risk\"").replace("\"yes\"", "true").replace(", \"rulez\": 1", "");
        String reason = JSON.readTree((String) admin.dryRun("no-check", "application/json", rules).getEntity())
                .at("/hits/0/reason").asText();
        assertThat(reason).as("said, not encoded").isNotBlank().doesNotContain("pk-msg:", "promise-keeper.msg.");
        adminLocale.set(Locale.ENGLISH);
        String englishReason = JSON.readTree((String) admin.dryRun("no-check", "application/json", rules).getEntity())
                .at("/hits/0/reason").asText();
        assertThat(englishReason).doesNotContain("pk-msg:").isNotEqualTo(reason);
    }

    private AdminResource admin() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ActiveObjectsPromiseStore promises = new ActiveObjectsPromiseStore(ao);
        promises.create(Promise.open("HELP-1", "Call back", PromiseKind.CALLBACK, NOW.plus(Duration.ofMinutes(90)),
                "default", "agent", NOW.minus(Duration.ofDays(2)), Channel.PHONE, PromiseSource.AGENT));
        SingleCalendar calendars = new SingleCalendar(
                BusinessCalendar.weekdays("default", ZoneId.of("Europe/Amsterdam"), 9, 17, Set.of()));
        UserKey key = new UserKey("admin");
        when(users.getRemoteUserKey()).thenReturn(key);
        when(users.isAdmin(key)).thenReturn(true);
        ErrorText words = new ErrorText(new BundleTexts(), adminLocale::get);
        return Answered.by(new AdminResource(users, new AdminConfiguration(new ActiveObjectsConfigDocuments(ao, clock),
                new ActiveObjectsAuditTrail(ao), new ActiveObjectsUnitOfWork(ao), clock, ZoneId.of("UTC")),
                new DryRun(new RuleEngine(new FixedTimerForecast(0.25)), new StoredPromiseTickets(promises, calendars),
                        Duration.ofHours(1)), clock, words), words);
    }

    private static Map<String, String> errors(Response response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode body = JSON.readTree((String) response.getEntity());
        Map<String, String> out = new LinkedHashMap<>();
        body.get("errors").forEach(e -> out.put(e.get("field").asText(), e.get("message").asText()));
        return out;
    }
}
