package io.promisekeeper.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promisekeeper.core.notice.DelayNotice;
import io.promisekeeper.core.notice.PromptDecisions;
import io.promisekeeper.core.notice.UnknownPrompt;
import io.promisekeeper.core.notice.WikiMarkup;
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

/**
 * The agent's answer to a drafted delay notice in the panel ({@code /rest/promise-keeper/1.0/prompts}): send it,
 * as drafted or edited, or dismiss it. Only agents of the prompt's ticket may; like the panel's other changes,
 * requests must be {@code application/json}, which a cross-site form cannot send.
 */
@Path("/prompts")
@Produces(MediaType.APPLICATION_JSON)
public class PromptResource {
    private final TicketAccess access;
    private final PromptDecisions decisions;

    @Inject
    public PromptResource(TicketAccess access, PromptDecisions decisions) {
        this.access = access;
        this.decisions = decisions;
    }

    /** Sends the notice: {@code {"body": "..."}} is the agent's text; without it the draft goes as written. */
    @LicensedOnly
    @POST
    @Path("{id}/send")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(@PathParam("id") String rawId, String body) {
        long id = RestReplies.id(rawId);
        Viewer viewer = agentOfPrompt(id);
        RequestBody in = RequestBody.parse(body, "body");
        String text = in.text("body");
        in.done();
        DelayNotice sent = decisions.send(id, text, viewer.userKey());
        ObjectNode json = PromiseJson.MAPPER.createObjectNode();
        json.put("id", id);
        json.put("state", "SENT");
        json.put("ticketKey", sent.ticketKey());
        json.put("body", WikiMarkup.readable(sent.body()));
        return RestReplies.ok(json);
    }

    @LicensedOnly
    @POST
    @Path("{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response dismiss(@PathParam("id") String rawId, String body) {
        long id = RestReplies.id(rawId);
        agentOfPrompt(id);
        RequestBody.parse(body).done();
        decisions.dismiss(id, access.userKey());
        ObjectNode json = PromiseJson.MAPPER.createObjectNode();
        json.put("id", id);
        json.put("state", "DISMISSED");
        return RestReplies.ok(json);
    }

    private Viewer agentOfPrompt(long id) {
        // Authentication first, so an anonymous caller learns nothing about which prompts exist.
        access.userKey();
        return access.agentOrUnknown(decisions.prompt(id).prompt().notice().ticketKey(), () -> new UnknownPrompt(id));
    }


}
