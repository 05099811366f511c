package io.promisekeeper.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisekeeper.core.notice.AgentPrompt;
import io.promisekeeper.core.notice.AgentPrompts;
import io.promisekeeper.core.notice.DelayNotice;
import io.promisekeeper.core.notice.EpisodeKey;
import io.promisekeeper.core.notice.PromptDesk;
import io.promisekeeper.core.notice.PromptReason;
import io.promisekeeper.core.notice.PromptState;
import io.promisekeeper.core.notice.StoredPrompt;
import io.promisekeeper.core.rules.RuleMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Agent prompts (drafted notices) in an Active Objects table, one per risk episode. */
public final class ActiveObjectsAgentPrompts implements AgentPrompts, PromptDesk {
    static final String COLUMNS = "ID, EPISODE_KEY, SUBJECT, EPISODE, TICKET_KEY, PROMISE_ID, CUSTOMER, LANGUAGE_TAG,"
            + " BODY, RULE_ID, TEMPLATE_ID, RULE_MODE, REASON, SEND_AT, PROMPT_REASON, NOTE, PROMPT_STATE, CREATED_AT,"
            + " DECIDED_AT, DECIDED_BY";

    private final ActiveObjects ao;

    public ActiveObjectsAgentPrompts(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean add(AgentPrompt prompt) {
        DelayNotice n = prompt.notice();
        try {
            ao.create(AgentPromptEntity.class,
                    new DBParam("EPISODE_KEY", n.episode().value()),
                    new DBParam("SUBJECT", n.episode().subject()),
                    new DBParam("EPISODE", n.episode().number()),
                    new DBParam("TICKET_KEY", n.ticketKey()),
                    new DBParam("PROMISE_ID", n.promiseId()),
                    new DBParam("CUSTOMER", n.customer()),
                    new DBParam("LANGUAGE_TAG", n.language()),
                    new DBParam("BODY", n.body()),
                    new DBParam("RULE_ID", n.ruleId()),
                    new DBParam("TEMPLATE_ID", n.templateId()),
                    new DBParam("RULE_MODE", n.mode().name()),
                    new DBParam("REASON", n.reason()),
                    new DBParam("SEND_AT", n.sendAt().toEpochMilli()),
                    new DBParam("PROMPT_REASON", prompt.reason().name()),
                    new DBParam("NOTE", prompt.note()),
                    new DBParam("PROMPT_STATE", PromptState.PENDING.name()),
                    new DBParam("CREATED_AT", prompt.createdAt().toEpochMilli()));
            return true;
        } catch (RuntimeException e) {
            if (forEpisode(n.episode()).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<StoredPrompt> find(long id) {
        return prompts(ao.find(AgentPromptEntity.class, Query.select(COLUMNS).where("ID = ?", id))).stream()
                .findFirst();
    }

    @Override
    public List<StoredPrompt> pendingForTicket(String ticketKey) {
        return prompts(ao.find(AgentPromptEntity.class, Query.select(COLUMNS)
                .where("TICKET_KEY = ? AND PROMPT_STATE = ?", ticketKey, PromptState.PENDING.name())
                .order("CREATED_AT, ID")));
    }

    /** The prompt of {@code episode}, whatever its state. */
    public Optional<StoredPrompt> forEpisode(EpisodeKey episode) {
        AgentPromptEntity[] rows = ao.find(AgentPromptEntity.class,
                Query.select(COLUMNS).where("EPISODE_KEY = ?", episode.value()));
        return prompts(rows).stream().findFirst();
    }

    /**
     * Records the agent's decision on a pending prompt; returns false when it was no longer pending (another
     * agent decided first, or it does not exist).
     */
    @Override
    public boolean decide(long id, PromptState decision, String agent, Instant at) {
        if (decision == PromptState.PENDING) {
            throw new IllegalArgumentException("a decision is SENT or DISMISSED");
        }
        return ao.executeInTransaction(() -> {
            AgentPromptEntity[] rows = ao.find(AgentPromptEntity.class,
                    Query.select(COLUMNS).where("ID = ? AND PROMPT_STATE = ?", id, PromptState.PENDING.name()));
            if (rows.length == 0) {
                return false;
            }
            rows[0].setPromptState(decision.name());
            rows[0].setDecidedAt(at.toEpochMilli());
            rows[0].setDecidedBy(agent);
            rows[0].save();
            return true;
        });
    }

    private static List<StoredPrompt> prompts(AgentPromptEntity[] rows) {
        List<StoredPrompt> prompts = new ArrayList<>(rows.length);
        for (AgentPromptEntity row : rows) {
            DelayNotice notice = new DelayNotice(row.getPromiseId(), row.getTicketKey(), row.getCustomer(),
                    new EpisodeKey(row.getSubject(), row.getEpisode()), row.getLanguageTag(), row.getBody(),
                    row.getRuleId(), row.getTemplateId(), RuleMode.valueOf(row.getRuleMode()),
                    Instant.ofEpochMilli(row.getSendAt()), row.getReason());
            AgentPrompt prompt = new AgentPrompt(notice, PromptReason.valueOf(row.getPromptReason()), row.getNote(),
                    Instant.ofEpochMilli(row.getCreatedAt()));
            prompts.add(new StoredPrompt(row.getID(), prompt, PromptState.valueOf(row.getPromptState()),
                    row.getDecidedAt() == null ? null : Instant.ofEpochMilli(row.getDecidedAt()),
                    row.getDecidedBy()));
        }
        return prompts;
    }
}
