package io.promisekeeper.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.NewPromise;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseEdit;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseLedger;
import io.promisekeeper.core.promise.PromiseSource;
import io.promisekeeper.core.promise.PromiseSuggestion;
import io.promisekeeper.core.promise.Renegotiated;
import io.promisekeeper.core.promise.RenegotiationTerms;
import io.promisekeeper.core.promise.SuggestionEdit;
import io.promisekeeper.core.promise.SuggestionStore;
import io.promisekeeper.core.promise.UnknownPromise;
import io.promisekeeper.core.promise.UnknownSuggestion;
import io.promisekeeper.core.calendar.BusinessCalendars;
import io.promisekeeper.core.view.TimeLeft;
import io.promisekeeper.jira.access.TicketAccess;
import io.promisekeeper.jira.access.Viewer;
import io.promisekeeper.jira.panel.AgentPanel;
import io.promisekeeper.jira.panel.PanelTexts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/**
 * The agent panel's REST API ({@code /rest/promise-keeper/1.0}). Reading needs browse permission on the
 * ticket; every change needs JSM's agent permission. Changes accept only {@code application/json}, which a
 * cross-site form cannot send, so no XSRF token is needed (Atlassian REST refuses other content types on
 * state changes without one). Errors are JSON {@code {"errors":[{"field":..., "message":...}]}}.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class PromiseResource {
    private final TicketAccess access;
    private final PromiseLedger ledger;
    private final SuggestionStore suggestions;
    private final AgentPanel panel;
    private final BusinessCalendars calendars;
    private final Clock clock;

    @Inject
    public PromiseResource(TicketAccess access, PromiseLedger ledger, SuggestionStore suggestions, AgentPanel panel,
                           BusinessCalendars calendars, Clock clock) {
        this.access = access;
        this.ledger = ledger;
        this.suggestions = suggestions;
        this.panel = panel;
        this.calendars = calendars;
        this.clock = clock;
    }

    @LicensedOnly
    @GET
    @Path("tickets/{ticketKey}/promises")
    public Response list(@PathParam("ticketKey") String ticketKey) {
        Viewer viewer = access.reader(ticketKey);
        return RestReplies.ok(PromiseJson.ticket(panel.overview().of(ticketKey), panel.texts(viewer), viewer.agent()));
    }

    /** The panel as the issue view shows it, rendered again after an action. */
    @LicensedOnly
    @GET
    @Path("tickets/{ticketKey}/panel")
    @Produces(MediaType.TEXT_HTML)
    public Response panel(@PathParam("ticketKey") String ticketKey) {
        return Response.ok(panel.render(access.reader(ticketKey)), MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    @LicensedOnly
    @POST
    @Path("tickets/{ticketKey}/promises")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response log(@PathParam("ticketKey") String ticketKey, String body) {
        Viewer viewer = access.agent(ticketKey);
        RequestBody in = RequestBody.parse(body, "text", "kind", "due", "channel");
        String text = in.requiredText("text");
        PromiseKind kind = in.enumValue("kind", PromiseKind.class, true);
        var due = in.instant("due", viewer.zone(), true);
        Channel channel = in.enumValue("channel", Channel.class, true);
        in.done();
        Promise created = ledger.log(viewer.userKey(), new NewPromise(ticketKey, text, kind, due,
                calendars.forTicket(ticketKey).id(), channel, PromiseSource.AGENT));
        return Response.status(Response.Status.CREATED).entity(PromiseJson.write(promiseJson(created, viewer)))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @LicensedOnly
    @PUT
    @Path("promises/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(@PathParam("id") String rawId, String body) {
        long id = RestReplies.id(rawId);
        Viewer viewer = agentOfPromise(id);
        RequestBody in = RequestBody.parse(body, "version", "text", "kind", "due", "channel");
        long version = in.version();
        String text = in.text("text");
        PromiseKind kind = in.enumValue("kind", PromiseKind.class, false);
        var due = in.instant("due", viewer.zone(), false);
        Channel channel = in.enumValue("channel", Channel.class, false);
        in.done();
        return RestReplies.ok(promiseJson(ledger.edit(viewer.userKey(), id, version, new PromiseEdit(text, kind, due, null, channel)), viewer));
    }

    @LicensedOnly
    @POST
    @Path("promises/{id}/kept")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response kept(@PathParam("id") String rawId, String body) {
        return settle(rawId, body, "note", ledger::markKept);
    }

    @LicensedOnly
    @POST
    @Path("promises/{id}/broken")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response broken(@PathParam("id") String rawId, String body) {
        return settle(rawId, body, "note", ledger::markBroken);
    }

    @LicensedOnly
    @POST
    @Path("promises/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cancel(@PathParam("id") String rawId, String body) {
        return settle(rawId, body, "reason", ledger::cancel);
    }

    /** One of the ledger's settling use cases: (actor, id, version, note or reason) → the changed promise. */
    @FunctionalInterface
    private interface Settling {
        Promise apply(String actor, long id, long expectedVersion, String text);
    }

    private Response settle(String rawId, String body, String textField, Settling settling) {
        long id = RestReplies.id(rawId);
        Viewer viewer = agentOfPromise(id);
        RequestBody in = RequestBody.parse(body, "version", textField);
        long version = in.version();
        String text = in.text(textField);
        in.done();
        return RestReplies.ok(promiseJson(settling.apply(viewer.userKey(), id, version, text), viewer));
    }

    @LicensedOnly
    @POST
    @Path("promises/{id}/renegotiate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response renegotiate(@PathParam("id") String rawId, String body) {
        long id = RestReplies.id(rawId);
        Viewer viewer = agentOfPromise(id);
        RequestBody in = RequestBody.parse(body, "version", "due", "text", "reason", "customerAgreed");
        long version = in.version();
        var due = in.instant("due", viewer.zone(), true);
        String text = in.text("text");
        String reason = in.text("reason");
        Boolean agreed = in.bool("customerAgreed");
        in.done();
        Renegotiated result = ledger.renegotiate(viewer.userKey(), id, version,
                new RenegotiationTerms(text, due, reason, Boolean.TRUE.equals(agreed)));
        var json = PromiseJson.MAPPER.createObjectNode();
        json.set("previous", promiseJson(result.previous(), viewer));
        json.set("replacement", promiseJson(result.replacement(), viewer));
        return RestReplies.ok(json);
    }

    @LicensedOnly
    @POST
    @Path("suggestions/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response accept(@PathParam("id") String rawId, String body) {
        long id = RestReplies.id(rawId);
        Viewer viewer = agentOfSuggestion(id);
        RequestBody in = RequestBody.parse(body, "text", "kind", "due", "channel");
        String text = in.text("text");
        PromiseKind kind = in.enumValue("kind", PromiseKind.class, false);
        var due = in.instant("due", viewer.zone(), false);
        Channel channel = in.enumValue("channel", Channel.class, false);
        in.done();
        Promise created = ledger.acceptSuggestion(viewer.userKey(), id, new SuggestionEdit(text, kind, due, channel),
                Channel.PORTAL);
        return Response.status(Response.Status.CREATED).entity(PromiseJson.write(promiseJson(created, viewer)))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @LicensedOnly
    @POST
    @Path("suggestions/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response dismiss(@PathParam("id") String rawId, String body) {
        long id = RestReplies.id(rawId);
        Viewer viewer = agentOfSuggestion(id);
        RequestBody.parse(body).done();
        PromiseSuggestion dismissed = ledger.dismissSuggestion(viewer.userKey(), id);
        return RestReplies.ok(PromiseJson.suggestion(dismissed, panel.texts(viewer)));
    }

    // A promise on a ticket the caller may not see is answered as one that does not exist: same status, same
    // words, and never the key of that ticket.
    private Viewer agentOfPromise(long id) {
        access.userKey();
        Promise promise = ledger.promise(id);
        return access.agentOrUnknown(promise.ticketKey(), () -> new UnknownPromise(id));
    }

    private Viewer agentOfSuggestion(long id) {
        access.userKey();
        PromiseSuggestion suggestion = suggestions.find(id).orElseThrow(() -> new UnknownSuggestion(id));
        return access.agentOrUnknown(suggestion.ticketKey(), () -> new UnknownSuggestion(id));
    }

    private com.fasterxml.jackson.databind.node.ObjectNode promiseJson(Promise p, Viewer viewer) {
        TimeLeft left = p.isOpen() ? TimeLeft.until(p.due(), clock.instant(),
                calendars.byId(p.calendarId()).orElseGet(() -> calendars.forTicket(p.ticketKey()))) : null;
        PanelTexts texts = panel.texts(viewer);
        return PromiseJson.promise(p, left, texts);
    }
}
