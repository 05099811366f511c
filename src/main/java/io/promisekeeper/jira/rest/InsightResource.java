package io.promisekeeper.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promisekeeper.core.insight.GestureRow;
import io.promisekeeper.core.insight.Grouping;
import io.promisekeeper.core.insight.InsightReader;
import io.promisekeeper.core.insight.InsightReport;
import io.promisekeeper.core.insight.KeptRate;
import io.promisekeeper.core.insight.KeptRates;
import io.promisekeeper.core.insight.LeadBucket;
import io.promisekeeper.core.insight.NoticeCoverage;
import io.promisekeeper.core.insight.SatisfactionRow;
import io.promisekeeper.core.insight.WeekPoint;
import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.settings.AdminConfiguration;
import io.promisekeeper.core.settings.InsightSettings;
import io.promisekeeper.core.settings.InsightSettingsJson;
import io.promisekeeper.core.settings.InvalidSettings;
import io.promisekeeper.core.settings.Stored;
import io.promisekeeper.jira.access.InsightAccess;
import io.promisekeeper.jira.access.InsightViewer;
import io.promisekeeper.jira.insight.InsightCsv;
import io.promisekeeper.jira.insight.InsightRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Insight figures over REST. {@code figures} (JSON) and {@code figures.csv} with filters {@code project},
 * {@code from}, {@code to}, {@code component}: with a project, for its project administrators, members of the
 * lead groups and Jira administrators; without, across projects for Jira administrators only. {@code settings}:
 * the lead groups,
 * Jira administrators only.
 */
@Path("insight")
@Produces(MediaType.APPLICATION_JSON)
public class InsightResource {
    static final String CSV = "text/csv; charset=utf-8";

    private final InsightAccess access;
    private final InsightReader reader;
    private final UserManager users;
    private final AdminConfiguration configuration;
    private final Clock clock;

    @Inject
    public InsightResource(InsightAccess access, InsightReader reader, UserManager users,
                           AdminConfiguration configuration, Clock clock) {
        this.access = access;
        this.reader = reader;
        this.users = users;
        this.configuration = configuration;
        this.clock = clock;
    }

    @LicensedOnly
    @GET
    @Path("figures")
    public Response figures(@QueryParam("project") String project, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("component") String component) {
        InsightViewer viewer = viewer(project);
        InsightRequest request = InsightRequest.read(viewer, project, from, to, component, clock);
        if (!request.valid()) {
            throw new InvalidRequest(request.errors());
        }
        return json(200, figuresJson(viewer, request, reader.report(request.filter())));
    }

    @LicensedOnly
    @GET
    @Path("figures.csv")
    @Produces("text/csv")
    public Response figuresCsv(@QueryParam("project") String project, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("component") String component) {
        InsightViewer viewer = viewer(project);
        InsightRequest request = InsightRequest.read(viewer, project, from, to, component, clock);
        if (!request.valid()) {
            throw new InvalidRequest(request.errors());
        }
        InsightReport report = reader.report(request.filter());
        String name = "promise-insight-" + (project == null || project.isBlank() ? "all" : project.replaceAll(
                "[^A-Za-z0-9_]", "")) + "-" + request.filter().from() + "-" + request.filter().to() + ".csv";
        return Response.ok(InsightCsv.write(report, this::name), CSV)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff").build();
    }

    @AdminOnly
    @GET
    @Path("settings")
    public Response settings() {
        access.administrator();
        return json(200, settingsJson(configuration.insight()));
    }

    /** Grants access to figures, so it asks for a secure administrator session, as every settings write does. */
    @AdminOnly
    @PUT
    @Path("settings")
    @WebSudoRequired
    public Response saveSettings(@QueryParam("version") String version,
                                 @HeaderParam(AdminCheck.TOKEN_HEADER) String token,
                                 @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        access.administrator();
        String who = new AdminCheck(users).administratorChanging(token, contentType);
        long expected;
        try {
            expected = Long.parseLong(version == null ? "" : version.trim());
        } catch (NumberFormatException e) {
            throw new InvalidSettings(List.of(FieldError.of("version", "must be the version you read, like 0", "versionRead")));
        }
        return json(200, settingsJson(configuration.saveInsight(who, body == null ? "" : body, expected)));
    }

    private InsightViewer viewer(String project) {
        return project == null || project.isBlank() ? access.allProjects() : access.project(project.trim());
    }

    private ObjectNode figuresJson(InsightViewer viewer, InsightRequest request, InsightReport r) {
        ObjectNode body = head(viewer, request);
        ArrayNode projects = body.putArray("projects");
        request.filter().projects().forEach(projects::add);
        if (request.filter().component() != null) {
            body.put("component", request.filter().component());
        }
        ArrayNode components = body.putArray("components");
        r.components().forEach(components::add);
        body.set("overall", rate(r.keptRates().overall(), null));
        body.set("groups", groups(r));
        ObjectNode trend = body.putObject("trend");
        putRate(trend, "change", r.trend().change());
        trend.put("direction", r.trend().direction().name());
        ArrayNode weeks = trend.putArray("weeks");
        for (WeekPoint w : r.trend().weeks()) {
            weeks.add(rate(w.rate(), null).put("monday", w.monday().toString()));
        }
        ArrayNode coverage = body.putArray("notices");
        for (NoticeCoverage c : r.coverage()) {
            coverage.addObject().put("outcome", c.outcome()).put("withNotice", c.withNotice())
                    .put("withoutNotice", c.withoutNotice());
        }
        ObjectNode lead = body.putObject("leadTimes");
        lead.put("count", r.leadTimes().count());
        r.leadTimes().median().ifPresentOrElse(d -> lead.put("medianMinutes", d.toMinutes()), () -> lead.putNull("medianMinutes"));
        r.leadTimes().p90().ifPresentOrElse(d -> lead.put("p90Minutes", d.toMinutes()), () -> lead.putNull("p90Minutes"));
        ObjectNode buckets = lead.putObject("buckets");
        for (LeadBucket b : LeadBucket.values()) {
            buckets.put(b.name(), r.leadTimes().buckets().getOrDefault(b, 0));
        }
        ObjectNode gestures = body.putObject("gestures");
        gestures.set("total", gesture(r.gestures().total()));
        ArrayNode byGesture = gestures.putArray("byGesture");
        r.gestures().byGesture().forEach(g -> byGesture.add(gesture(g)));
        ArrayNode reasons = gestures.putArray("dismissReasons");
        for (Map.Entry<String, Integer> e : r.gestures().dismissReasons()) {
            reasons.addObject().put("reason", e.getKey()).put("count", e.getValue());
        }
        r.gestures().medianTimeToAct().ifPresentOrElse(d -> gestures.put("medianMinutesToAct", d.toMinutes()),
                () -> gestures.putNull("medianMinutesToAct"));
        ArrayNode satisfaction = body.putArray("satisfaction");
        for (SatisfactionRow s : r.satisfaction()) {
            ObjectNode row = satisfaction.addObject().put("group", s.group()).put("rated", s.rated());
            putRate(row, "average", s.average());
            ArrayNode counts = row.putArray("counts");
            s.counts().forEach(counts::add);
        }
        body.put("unratedTickets", r.unratedTickets());
        return body;
    }

    private static ObjectNode head(InsightViewer viewer, InsightRequest request) {
        ObjectNode body = PromiseJson.MAPPER.createObjectNode();
        body.put("from", request.filter().from().toString());
        body.put("to", request.filter().to().toString());
        body.put("timeZone", viewer.zone().getId());
        return body;
    }

    private ObjectNode groups(InsightReport report) {
        ObjectNode groups = PromiseJson.MAPPER.createObjectNode();
        for (Grouping grouping : Grouping.values()) {
            ArrayNode list = groups.putArray(grouping.name());
            for (KeptRate rate : report.keptRates().by(grouping)) {
                list.add(rate(rate, grouping == Grouping.AGENT ? name(rate.group()) : null));
            }
        }
        return groups;
    }

    private static ObjectNode gesture(GestureRow g) {
        return PromiseJson.MAPPER.createObjectNode().put("gesture", g.gestureId()).put("name", g.name())
                .put("suggested", g.suggested()).put("done", g.done()).put("dismissed", g.dismissed())
                .put("open", g.open()).put("cost", g.cost());
    }

    private static ObjectNode settingsJson(Stored<InsightSettings> stored) {
        ObjectNode body = PromiseJson.MAPPER.createObjectNode();
        body.put("version", stored.version());
        ArrayNode groups = body.putArray("leadGroups");
        stored.value().leadGroups().forEach(groups::add);
        body.put("json", InsightSettingsJson.write(stored.value()));
        return body;
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

    /** An agent's name as shown: the full name, else the key. */
    String name(String userKey) {
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
