package io.promisekeeper.jira.rest;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promisekeeper.core.learning.ForecastStatus;
import io.promisekeeper.core.learning.RiskForecasts;
import io.promisekeeper.jira.access.AccessDenied;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Which forecast decides "at risk" ({@code /forecast/status}): the learnt one, with when and on how many tickets it
 * was trained, or the fixed timer, with how much history there is and how much is needed. Logged-in licensed users;
 * it tells nothing about any ticket.
 */
@Path("forecast")
@Produces(MediaType.APPLICATION_JSON)
public class ForecastResource {
    private final JiraAuthenticationContext authentication;
    private final UserManager users;
    private final RiskForecasts forecasts;

    @Inject
    public ForecastResource(JiraAuthenticationContext authentication, UserManager users, RiskForecasts forecasts) {
        this.authentication = authentication;
        this.users = users;
        this.forecasts = forecasts;
    }

    @LicensedOnly
    @GET
    @Path("status")
    public Response status() {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            throw new AccessDenied(401, "Log in to see the forecast status.", "logInForecast");
        }
        if (!users.isLicensed(new UserKey(user.getKey()))) {
            throw new AccessDenied(403, "Only licensed users may see the forecast status.", "licensedForecast");
        }
        ForecastStatus status = forecasts.status();
        ObjectNode body = PromiseJson.MAPPER.createObjectNode();
        body.put("mode", status.mode().name());
        body.put("reason", status.reason());
        if (status.trainedAt() == null) {
            body.putNull("trainedAt");
        } else {
            body.put("trainedAt", status.trainedAt().toString());
        }
        body.put("tickets", status.resolvedTickets());
        body.put("neededTickets", status.neededTickets());
        if (status.choice() == null) {
            body.putNull("validation");
        } else {
            io.promisekeeper.core.backtest.ForecastChoice choice = status.choice();
            ObjectNode validation = body.putObject("validation");
            validation.put("chosen", choice.policyName());
            validation.put("reason", choice.reason().name());
            validation.put("holdoutTickets", choice.holdoutTickets());
            validation.put("holdoutBreaches", choice.holdoutBreaches());
            putFinite(validation, "gain", choice.gain());
            putFinite(validation, "falsePerBreach", choice.falsePerBreach());
            putFinite(validation, "brier", choice.brier());
            putFinite(validation, "baseRateBrier", choice.baseRateBrier());
            validation.put("targetFalsePerBreach", choice.target());
        }
        return json(200, body);
    }

    private static void putFinite(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    private static Response json(int status, ObjectNode body) {
        return Response.status(status).entity(PromiseJson.write(body)).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }
}
