package io.promisekeeper.jira.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.promisekeeper.core.insight.Grouping;
import io.promisekeeper.core.insight.KeptRate;
import io.promisekeeper.core.insight.KeptRateReport;
import io.promisekeeper.core.insight.KeptRates;
import io.promisekeeper.core.insight.TicketFactsSource;
import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseStore;
import io.promisekeeper.jira.access.AccessDenied;
import io.promisekeeper.jira.access.ProjectViewer;
import io.promisekeeper.jira.access.TicketAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Kept-rate figures of a service project over REST ({@code /insight/kept-rates}): kept, broken and renegotiated
 * counts and rates, overall and per agent, team, request type, kind and week. Agents of the project and Jira
 * administrators only.
 */
@Path("insight")
@Produces(MediaType.APPLICATION_JSON)
public class InsightResource {
    /** Bounds the work of one request; a year of promises is what a report page asks for at most. */
    static final int MAX_DAYS = 366;
    static final int DEFAULT_DAYS = 84;

    private final TicketAccess access;
    private final PromiseStore promises;
    private final TicketFactsSource facts;
    private final UserManager users;
    private final Clock clock;

    @Inject
    public InsightResource(TicketAccess access, PromiseStore promises, TicketFactsSource facts, UserManager users,
                           Clock clock) {
        this.access = access;
        this.promises = promises;
        this.facts = facts;
        this.users = users;
        this.clock = clock;
    }

    @GET
    @Path("kept-rates")
    public Response keptRates(@QueryParam("project") String projectKey, @QueryParam("from") String from,
                              @QueryParam("to") String to) {
        try {
            ProjectViewer viewer = access.projectFigures(projectKey);
            List<FieldError> errors = new ArrayList<>();
            LocalDate today = LocalDate.ofInstant(clock.instant(), viewer.zone());
            LocalDate last = date("to", to, today, errors);
            LocalDate first = date("from", from, last == null ? today.minusDays(DEFAULT_DAYS - 1) : last.minusDays(DEFAULT_DAYS - 1), errors);
            if (errors.isEmpty() && first.isAfter(last)) {
                errors.add(new FieldError("from", "must not be after to"));
            } else if (errors.isEmpty() && ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
                errors.add(new FieldError("from", "the period may span at most " + MAX_DAYS + " days"));
            }
            if (!errors.isEmpty()) {
                return json(400, PromiseJson.errors(errors));
            }
            List<Promise> made = promises.madeWithin(viewer.projectKey(), first.atStartOfDay(viewer.zone()).toInstant(),
                    last.plusDays(1).atStartOfDay(viewer.zone()).toInstant());
            KeptRateReport report = new KeptRates(viewer.zone()).report(made,
                    facts.factsOf(new TreeSet<>(made.stream().map(Promise::ticketKey).toList())));
            ObjectNode body = PromiseJson.MAPPER.createObjectNode();
            body.put("project", viewer.projectKey());
            body.put("from", first.toString());
            body.put("to", last.toString());
            body.put("timeZone", viewer.zone().getId());
            body.set("overall", rate(report.overall(), null));
            ObjectNode groups = body.putObject("groups");
            for (Grouping grouping : Grouping.values()) {
                ArrayNode list = groups.putArray(grouping.name());
                for (KeptRate rate : report.by(grouping)) {
                    list.add(rate(rate, grouping == Grouping.AGENT ? name(rate.group()) : null));
                }
            }
            return json(200, body);
        } catch (AccessDenied denied) {
            return json(denied.status(), PromiseJson.error(null, denied.getMessage()));
        }
    }

    private static LocalDate date(String field, String value, LocalDate fallback, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "is not a date like 2026-03-31"));
            return null;
        }
    }

    private static ObjectNode rate(KeptRate rate, String name) {
        ObjectNode node = PromiseJson.MAPPER.createObjectNode();
        if (rate.group() != null) {
            node.put("group", rate.group());
        }
        if (name != null) {
            node.put("name", name);
        }
        node.put("kept", rate.kept());
        node.put("broken", rate.broken());
        node.put("renegotiated", rate.renegotiated());
        node.put("open", rate.open());
        node.put("cancelled", rate.cancelled());
        putRate(node, "keptRate", rate.keptRate());
        putRate(node, "brokenRate", rate.brokenRate());
        putRate(node, "renegotiatedRate", rate.renegotiatedRate());
        return node;
    }

    private static void putRate(ObjectNode node, String field, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(field, Math.round(value.getAsDouble() * 10_000) / 10_000.0);
        } else {
            node.putNull(field);
        }
    }

    private String name(String userKey) {
        if (userKey == null || KeptRates.UNKNOWN.equals(userKey)) {
            return userKey;
        }
        UserProfile profile = users.getUserProfile(new UserKey(userKey));
        return profile == null || profile.getFullName() == null ? userKey : profile.getFullName();
    }

    private static Response json(int status, ObjectNode body) {
        return Response.status(status).entity(PromiseJson.write(body)).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }
}
