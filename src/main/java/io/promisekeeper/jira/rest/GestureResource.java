package io.promisekeeper.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promisekeeper.core.delight.DelightAction;
import io.promisekeeper.core.delight.DelightActions;
import io.promisekeeper.core.delight.DelightDesk;
import io.promisekeeper.core.delight.DismissReason;
import io.promisekeeper.core.delight.UnknownDelightAction;
import io.promisekeeper.jira.access.TicketAccess;
import io.promisekeeper.jira.access.Viewer;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/**
 * The agent's answer to a suggested delight gesture ({@code /rest/promise-keeper/1.0/gestures}): done with a note,
 * dismissed with a reason, or snoozed. Agents of the ticket only; JSON only, like the panel's other changes; every
 * act names the version the agent saw, so a second agent's act on the same suggestion gets 409.
 */
@Path("/gestures")
@Produces(MediaType.APPLICATION_JSON)
public class GestureResource {
    private final TicketAccess access;
    private final DelightActions actions;
    private final DelightDesk desk;

    @Inject
    public GestureResource(TicketAccess access, DelightActions actions, DelightDesk desk) {
        this.access = access;
        this.actions = actions;
        this.desk = desk;
    }

    @LicensedOnly
    @POST
    @Path("{id}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response done(@PathParam("id") String rawId, String body) {
        long id = RestReplies.id(rawId);
        Viewer viewer = agentOf(id);
        RequestBody in = RequestBody.parse(body, "version", "note");
        long version = in.version();
        String note = in.text("note");
        in.done();
        return ok(desk.done(id, version, note, viewer.userKey()));
    }

    @LicensedOnly
    @POST
    @Path("{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response dismiss(@PathParam("id") String rawId, String body) {
        long id = RestReplies.id(rawId);
        Viewer viewer = agentOf(id);
        RequestBody in = RequestBody.parse(body, "version", "reason", "note");
        long version = in.version();
        DismissReason reason = in.enumValue("reason", DismissReason.class, true);
        String note = in.text("note");
        in.done();
        return ok(desk.dismiss(id, version, reason, note, viewer.userKey()));
    }

    @LicensedOnly
    @POST
    @Path("{id}/snooze")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response snooze(@PathParam("id") String rawId, String body) {
        long id = RestReplies.id(rawId);
        Viewer viewer = agentOf(id);
        RequestBody in = RequestBody.parse(body, "version", "until");
        long version = in.version();
        Instant until = in.instant("until", viewer.zone(), true);
        in.done();
        return ok(desk.snooze(id, version, until, viewer.userKey()));
    }

    private Viewer agentOf(long id) {
        // Authentication first, so an anonymous caller learns nothing about which suggestions exist.
        access.userKey();
        DelightAction action = actions.find(id).orElseThrow(() -> new UnknownDelightAction(id));
        return access.agentOrUnknown(action.ticketKey(), () -> new UnknownDelightAction(id));
    }

    private static Response ok(DelightAction action) {
        ObjectNode json = PromiseJson.MAPPER.createObjectNode();
        json.put("id", action.id());
        json.put("state", action.state().name());
        json.put("version", action.version());
        json.put("gestureId", action.gestureId());
        return RestReplies.ok(json);
    }


}
