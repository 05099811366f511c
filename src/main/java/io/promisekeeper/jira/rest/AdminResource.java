package io.promisekeeper.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promisekeeper.core.config.AuditEntry;
import io.promisekeeper.core.notice.NoticeFacts;
import io.promisekeeper.core.notice.NoticeTemplate;
import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.rules.DryRun;
import io.promisekeeper.jira.admin.CommentPreview;
import io.promisekeeper.core.rules.DryRunHit;
import io.promisekeeper.core.rules.ExampleRules;
import io.promisekeeper.core.rules.Rule;
import io.promisekeeper.core.rules.RuleSet;
import io.promisekeeper.core.settings.json.TriggerSchema;
import io.promisekeeper.core.settings.AdminConfiguration;
import io.promisekeeper.core.settings.InvalidSettings;
import io.promisekeeper.core.settings.Stored;
import io.promisekeeper.jira.text.ErrorText;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The admin page's REST API ({@code /rest/promise-keeper/1.0/admin}): rules, notice templates (with a preview),
 * notice settings, the audit, and a dry run of rules. Jira administrators only, on every method; every change
 * names the version it read (409 when someone saved since), must pass the XSRF check and is audited. In Jira,
 * REST v2 also enforces {@code @AdminOnly} and a secure administrator session ({@code @WebSudoRequired}), as the
 * admin page does.
 *
 * <p>The change methods declare no {@code @Consumes}: a form post must reach {@link AdminCheck}, which refuses it
 * with 403, rather than stop at a 415 from the framework whose wording depends on the host.
 */
@Path("/admin")
@AdminOnly
@WebSudoRequired
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
    /** How far back a dry run looks. */
    static final Duration DRY_RUN_WINDOW = Duration.ofDays(7);
    /** Bodies beyond this are not configuration an administrator typed. */
    static final int MAX_BODY = 1_000_000;
    private static final Set<String> PREVIEW_FIELDS = Set.of("bodies", "sample");
    private static final Set<String> SAMPLE_FIELDS = Set.of("customerFirstName", "promiseText", "agentName");

    private final AdminCheck check;
    private final UserManager users;
    private final AdminConfiguration configuration;
    private final DryRun dryRun;
    private final Clock clock;
    private final ErrorText words;

    /** A resource whose errors and dry-run reasons are in English. */
    public AdminResource(UserManager users, AdminConfiguration configuration, DryRun dryRun, Clock clock) {
        this(users, configuration, dryRun, clock, ErrorText.ENGLISH);
    }

    @Inject
    public AdminResource(UserManager users, AdminConfiguration configuration, DryRun dryRun, Clock clock,
                         ErrorText words) {
        this.words = words;
        this.check = new AdminCheck(users);
        this.users = users;
        this.configuration = configuration;
        this.dryRun = dryRun;
        this.clock = clock;
    }

    /** The triggers a rule may have, with their settings and limits: the admin form is built from this. */
    @AdminOnly
    @GET
    @Path("schema")
    public Response schema() {
        check.administrator();
        return ok(PromiseJson.MAPPER.<ObjectNode>valueToTree(TriggerSchema.tree()));
    }

    @AdminOnly
    @GET
    @Path("rules")
    public Response rules() {
        check.administrator();
        return ok(rulesJson(configuration.rules()));
    }

    @AdminOnly
    @PUT
    @Path("rules")
    public Response saveRules(@QueryParam("version") String version, @HeaderParam(AdminCheck.TOKEN_HEADER) String token,
                              @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        String who = check.administratorChanging(token, contentType);
        return ok(rulesJson(configuration.saveRules(who, body(body), version(version))));
    }

    @AdminOnly
    @GET
    @Path("templates")
    public Response templates() {
        check.administrator();
        return ok(document(configuration.templates()));
    }

    @AdminOnly
    @PUT
    @Path("templates")
    public Response saveTemplates(@QueryParam("version") String version,
                                  @HeaderParam(AdminCheck.TOKEN_HEADER) String token,
                                  @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        String who = check.administratorChanging(token, contentType);
        return ok(document(configuration.saveTemplates(who, body(body), version(version))));
    }

    /**
     * Renders template bodies with sample values: {@code {"bodies": {"en": "...", "nl": "..."}, "sample":
     * {"customerFirstName": "..."}}}. Values are escaped for JSM comment markup by the template renderer; the
     * result is returned as JSON strings, which the page shows as text.
     */
    @AdminOnly
    @POST
    @Path("templates/preview")
    public Response preview(@HeaderParam(AdminCheck.TOKEN_HEADER) String token,
                            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        check.administratorChanging(token, contentType);
        ObjectNode in = object(body(body));
        List<FieldError> errors = new ArrayList<>();
        unknown(in, PREVIEW_FIELDS, "", errors);
        ZoneId zone = configuration.settings().value().calendar().zone();
        NoticeFacts facts = sample(in.get("sample"), zone, errors);
        JsonNode bodies = in.get("bodies");
        if (bodies == null || !bodies.isObject() || bodies.isEmpty()) {
            errors.add(FieldError.of("bodies", "must be an object of language to template body", "bodies"));
        }
        ObjectNode out = PromiseJson.MAPPER.createObjectNode();
        ArrayNode previews = out.putArray("previews");
        if (bodies != null && bodies.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = bodies.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String where = "bodies." + e.getKey();
                String text = e.getValue().isTextual() ? e.getValue().asText() : null;
                List<FieldError> problems = NoticeTemplate.check("preview", e.getKey(), text);
                problems.forEach(p -> errors.add(p.at(where)));
                if (problems.isEmpty() && facts != null) {
                    String markup = new NoticeTemplate("preview", e.getKey(), text).render(facts);
                    // The source as JSM stores it, and what the customer will read (safe HTML).
                    previews.addObject().put("language", e.getKey()).put("markup", markup)
                            .put("html", CommentPreview.html(markup));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidSettings(errors);
        }
        return ok(out);
    }

    @AdminOnly
    @GET
    @Path("settings")
    public Response settings() {
        check.administrator();
        return ok(document(configuration.settings()));
    }

    @AdminOnly
    @PUT
    @Path("settings")
    public Response saveSettings(@QueryParam("version") String version,
                                 @HeaderParam(AdminCheck.TOKEN_HEADER) String token,
                                 @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        String who = check.administratorChanging(token, contentType);
        return ok(document(configuration.saveSettings(who, body(body), version(version))));
    }

    /** The delight catalogue (gestures in English and Dutch, with costs) and the monthly limits. */
    @AdminOnly
    @GET
    @Path("delight")
    public Response delight() {
        check.administrator();
        return ok(document(configuration.delight()));
    }

    @AdminOnly
    @PUT
    @Path("delight")
    public Response saveDelight(@QueryParam("version") String version,
                                @HeaderParam(AdminCheck.TOKEN_HEADER) String token,
                                @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        String who = check.administratorChanging(token, contentType);
        return ok(document(configuration.saveDelight(who, body(body), version(version))));
    }

    @AdminOnly
    @GET
    @Path("audit")
    public Response audit(@QueryParam("limit") String limit) {
        check.administrator();
        int n = 50;
        if (limit != null) {
            try {
                n = Math.max(1, Math.min(500, Integer.parseInt(limit.trim())));
            } catch (NumberFormatException e) {
                throw new InvalidSettings(List.of(FieldError.of("limit", "must be a whole number", "wholeNumber")));
            }
        }
        ObjectNode out = PromiseJson.MAPPER.createObjectNode();
        ArrayNode entries = out.putArray("entries");
        for (AuditEntry e : configuration.audit(n)) {
            entries.addObject().put("id", e.id()).put("who", e.who()).put("whoName", nameOf(e.who()))
                    .put("at", e.at().toString()).put("what", e.what()).put("before", e.before())
                    .put("after", e.after());
        }
        return ok(out);
    }

    /** Replays a posted rule set (not saved) over the last 7 days; body: the rule set JSON. */
    @AdminOnly
    @POST
    @Path("dry-run")
    public Response dryRun(@HeaderParam(AdminCheck.TOKEN_HEADER) String token,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        check.administratorChanging(token, contentType);
        RuleSet rules = configuration.ruleJson().read(body(body));
        DryRun.Result result = dryRun.run(rules, clock.instant(), DRY_RUN_WINDOW);
        ObjectNode out = PromiseJson.MAPPER.createObjectNode();
        out.put("days", DRY_RUN_WINDOW.toDays());
        out.put("ticketsExamined", result.ticketsExamined());
        ArrayNode perRule = out.putArray("rules");
        for (Rule r : rules.rules()) {
            perRule.addObject().put("id", r.id()).put("name", r.name()).put("enabled", r.enabled())
                    .put("tickets", result.ticketsFor(r.id()));
        }
        ArrayNode hits = out.putArray("hits");
        for (DryRunHit h : result.hits()) {
            hits.addObject().put("ruleId", h.ruleId()).put("ruleName", h.ruleName())
                    .put("ticketKey", h.ticketKey()).put("firstAt", h.firstAt().toString())
                    .put("reason", words.message(h.reason()));
        }
        return ok(out);
    }

    private ObjectNode rulesJson(Stored<RuleSet> stored) {
        ObjectNode out = document(stored);
        ArrayNode ids = out.putArray("templateIds");
        configuration.templates().value().ids().forEach(ids::add);
        // The shipped examples, disabled and in approval mode; the page adds one to the rules with one click.
        out.set("examples", PromiseJson.MAPPER.valueToTree(
                configuration.ruleJson().toTree(new RuleSet(ExampleRules.all()))).get("rules"));
        // Stored rules that no longer read are left out of the running set; the page shows why.
        out.set("disabled", PromiseJson.errors(configuration.disabledRules(), words).get("errors"));
        return out;
    }

    private static ObjectNode document(Stored<?> stored) {
        ObjectNode out = PromiseJson.MAPPER.createObjectNode();
        out.put("version", stored.version());
        out.put("changedBy", stored.changedBy());
        out.put("changedAt", stored.changedAt() == null ? null : stored.changedAt().toString());
        try {
            out.set("document", PromiseJson.MAPPER.readTree(stored.json()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + stored.value().getClass().getSimpleName()
                    + " is not JSON", e);
        }
        return out;
    }

    private NoticeFacts sample(JsonNode sample, ZoneId zone, List<FieldError> errors) {
        NoticeFacts base = NoticeFacts.sample(zone);
        if (sample == null || sample.isNull()) {
            return base;
        }
        if (!sample.isObject()) {
            errors.add(FieldError.of("sample", "must be an object", "object"));
            return null;
        }
        unknown((ObjectNode) sample, SAMPLE_FIELDS, "sample", errors);
        String first = sampleText(sample, "customerFirstName", base.customerFirstName(), errors);
        String promise = sampleText(sample, "promiseText", base.promiseText(), errors);
        String agent = sampleText(sample, "agentName", base.agentName(), errors);
        return new NoticeFacts(first, promise, base.promiseDue(), base.expectedCompletion(),
                base.expectedCompletionLatest(), agent, base.ticketKey(), base.reason(), zone);
    }

    private static String sampleText(JsonNode sample, String field, String fallback, List<FieldError> errors) {
        JsonNode v = sample.get(field);
        if (v == null) {
            return fallback;
        }
        if (!v.isTextual() || v.asText().length() > 1000) {
            errors.add(FieldError.of("sample." + field, "must be a text of at most 1000 characters", "text1000"));
            return fallback;
        }
        return v.asText();
    }

    private static void unknown(ObjectNode node, Set<String> known, String path, List<FieldError> errors) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                String names = String.join(", ", known.stream().sorted().toList());
                errors.add(FieldError.of(path.isEmpty() ? name : path + "." + name, "unknown field; known: " + names,
                        "unknownFieldKnown", names));
            }
        }
    }

    private static ObjectNode object(String body) {
        try {
            JsonNode node = PromiseJson.MAPPER.readTree(body);
            if (node instanceof ObjectNode o) {
                return o;
            }
        } catch (JsonProcessingException e) {
            throw new InvalidSettings(List.of(FieldError.of("$", "is not valid JSON", "invalidJson")));
        }
        throw new InvalidSettings(List.of(FieldError.of("$", "must be a JSON object", "jsonObject")));
    }

    private String nameOf(String userKey) {
        UserProfile profile = users.getUserProfile(new UserKey(userKey));
        return profile == null || profile.getFullName() == null ? userKey : profile.getFullName();
    }

    private static String body(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidSettings(List.of(FieldError.of("$", "is empty; send the JSON document", "emptyBody")));
        }
        if (body.length() > MAX_BODY) {
            throw new InvalidSettings(List.of(FieldError.of("$", "is larger than " + MAX_BODY + " characters", "larger",
                    MAX_BODY)));
        }
        return body;
    }

    private static long version(String version) {
        if (version == null || version.isBlank()) {
            throw new InvalidSettings(List.of(FieldError.of("version",
                    "is required: send the version you read (?version=n)", "versionQuery")));
        }
        try {
            long v = Long.parseLong(version.trim());
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidSettings(List.of(FieldError.of("version", "must be a whole number, 0 or more", "wholeNumberZeroOrMore")));
        }
    }

    private static Response ok(ObjectNode json) {
        return Response.ok(PromiseJson.write(json), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }
}
