package io.promisekeeper.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.promisekeeper.core.config.ConfigDocuments;
import io.promisekeeper.core.learning.ForecastDocuments;
import io.promisekeeper.core.learning.RiskForecasts;
import io.promisekeeper.core.rules.FixedTimerForecast;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForecastResourceTest {
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final UserManager users = mock(UserManager.class);
    private final RiskForecasts forecasts = new RiskForecasts(new ForecastDocuments(mock(ConfigDocuments.class)),
            (key, schema, until) -> Optional.empty(), new FixedTimerForecast(0.2),
            Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
    private final ForecastResource resource = Answered.by(new ForecastResource(authentication, users, forecasts));

    @Test
    void aLicensedUserSeesWhichForecastDecidesAndWhy() throws Exception {
        login("agent", true);
        Response response = resource.status();
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree((String) response.getEntity());
        assertThat(body.get("mode").asText()).isEqualTo("FALLBACK");
        assertThat(body.get("reason").asText()).isEqualTo("not enough history yet: 0 resolved tickets, 200 needed");
        assertThat(body.get("trainedAt").isNull()).isTrue();
        assertThat(body.get("tickets").asInt()).isZero();
        assertThat(body.get("neededTickets").asInt()).isEqualTo(200);
        assertThat(response.getHeaderString("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void anonymousCallersAre401AndUnlicensedUsers403() {
        assertThat(resource.status().getStatus()).isEqualTo(401);
        login("customer", false);
        assertThat(resource.status().getStatus()).isEqualTo(403);
    }

    private void login(String key, boolean licensed) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(users.isLicensed(new UserKey(key))).thenReturn(licensed);
    }
}
