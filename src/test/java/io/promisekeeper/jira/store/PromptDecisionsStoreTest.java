package io.promisekeeper.jira.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promisekeeper.standin.EntityManagerActiveObjects;
import io.promisekeeper.core.notice.AgentPrompt;
import io.promisekeeper.core.notice.DelayNotice;
import io.promisekeeper.core.notice.EpisodeKey;
import io.promisekeeper.core.notice.InvalidNoticeText;
import io.promisekeeper.core.notice.NoticeNotDelivered;
import io.promisekeeper.core.notice.NoticeRecord;
import io.promisekeeper.core.notice.NoticeState;
import io.promisekeeper.core.notice.PromptAlreadyDecided;
import io.promisekeeper.core.notice.PromptDecisions;
import io.promisekeeper.core.notice.PromptReason;
import io.promisekeeper.core.notice.PromptState;
import io.promisekeeper.core.rules.RuleMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An agent's send and dismiss on the real prompt, journal and log stores (H2, and PostgreSQL where provided). */
class PromptDecisionsStoreTest {
    private static final Instant T = Instant.parse("2026-03-04T10:00:00Z");

    private final EntityManagerActiveObjects ao = TestDatabase.open();
    private final ActiveObjectsNoticeJournal journal = new ActiveObjectsNoticeJournal(ao);
    private final ActiveObjectsAgentPrompts prompts = new ActiveObjectsAgentPrompts(ao);
    private final ActiveObjectsNoticeLog log = new ActiveObjectsNoticeLog(ao, Clock.fixed(T, ZoneOffset.UTC));
    private final List<DelayNotice> posted = new ArrayList<>();
    private final PromptDecisions decisions = new PromptDecisions(prompts, journal, log, posted::add,
            Clock.fixed(T, ZoneOffset.UTC));

    @AfterEach
    void close() {
        ao.close();
    }

    @Test
    void anEditedDraftIsSentOnceAsLiteralMarkupAndLogged() {
        long id = draft("SD-1", 1);
        String typed = "<script>x()</script> *bold* {html}\nh1. title";

        DelayNotice sent = decisions.send(id, typed, "agent-1");

        assertThat(posted).containsExactly(sent);
        assertThat(sent.body()).isEqualTo("&lt;script&gt;x()&lt;/script&gt; \\*bold\\* \\{html\\}\nh1&#46; title");
        assertThat(PromptDecisions.draftText(sent)).isEqualTo(typed);
        assertThatThrownBy(() -> decisions.send(id, typed, "agent-2")).isInstanceOf(PromptAlreadyDecided.class);
        assertThatThrownBy(() -> decisions.dismiss(id, "agent-2")).isInstanceOf(PromptAlreadyDecided.class);
        assertThat(posted).hasSize(1);
        NoticeRecord record = journal.recentForTicket("SD-1", 5).get(0);
        assertThat(record.state()).isEqualTo(NoticeState.SENT);
        assertThat(record.notice().body()).isEqualTo(sent.body());
        assertThat(log.contactsSince("customer-SD-1", T.minusSeconds(1))).containsExactly(T);
        assertThat(prompts.find(id).orElseThrow().decidedBy()).isEqualTo("agent-1");
    }

    @Test
    void anUneditedDraftGoesOutAsRenderedAndADismissSendsNothing() {
        long first = draft("SD-1", 1);
        long second = draft("SD-1", 2);
        String draftText = PromptDecisions.draftText(prompts.find(first).orElseThrow().prompt().notice());

        assertThat(decisions.send(first, draftText, "agent-1").body()).isEqualTo("Dear Kim, \\*sorry\\*");
        decisions.dismiss(second, "agent-1");

        assertThat(posted).hasSize(1);
        assertThat(prompts.find(second).orElseThrow().state()).isEqualTo(PromptState.DISMISSED);
        assertThat(prompts.pendingForTicket("SD-1")).isEmpty();
    }

    @Test
    void refusedTextChangesNothing() {
        long id = draft("SD-1", 1);
        assertThatThrownBy(() -> decisions.send(id, "  ", "agent-1")).isInstanceOf(InvalidNoticeText.class)
                .extracting(e -> ((InvalidNoticeText) e).field()).isEqualTo("body");
        assertThatThrownBy(() -> decisions.send(id, "x".repeat(PromptDecisions.MAX_BODY + 1), "agent-1"))
                .isInstanceOf(InvalidNoticeText.class);
        assertThat(prompts.pendingForTicket("SD-1")).hasSize(1);
        assertThat(journal.recentForTicket("SD-1", 5).get(0).state()).isEqualTo(NoticeState.DRAFTED);
        assertThat(posted).isEmpty();
    }

    @Test
    void aFailedPostLeavesTheNoticeLostAndThePromptDecided() {
        long id = draft("SD-1", 1);
        PromptDecisions failing = new PromptDecisions(prompts, journal, log, n -> {
            throw new IllegalStateException("JSM down");
        }, Clock.fixed(T, ZoneOffset.UTC));

        assertThatThrownBy(() -> failing.send(id, null, "agent-1")).isInstanceOf(NoticeNotDelivered.class);

        assertThat(journal.recentForTicket("SD-1", 5).get(0).state()).isEqualTo(NoticeState.LOST);
        assertThat(prompts.find(id).orElseThrow().state()).isEqualTo(PromptState.SENT);
        assertThatThrownBy(() -> decisions.send(id, null, "agent-2")).isInstanceOf(PromptAlreadyDecided.class);
        assertThat(posted).isEmpty();
    }

    private long draft(String ticket, int episode) {
        DelayNotice n = new DelayNotice(7L, ticket, "customer-" + ticket, new EpisodeKey("promise:7", episode), "en",
                "Dear Kim, \\*sorry\\*", "risk", "delay-notice", RuleMode.APPROVAL, T, "at risk (72 %)");
        journal.claimed(n, T);
        prompts.add(new AgentPrompt(n, PromptReason.APPROVAL, n.reason(), T));
        journal.mark(n.episode(), NoticeState.DRAFTED, T);
        return prompts.forEpisode(n.episode()).orElseThrow().id();
    }
}
