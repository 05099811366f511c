package io.promisekeeper.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.standin.EntityManagerActiveObjects;
import io.promisekeeper.core.notice.AgentPrompt;
import io.promisekeeper.core.notice.DelayNotice;
import io.promisekeeper.core.notice.EpisodeKey;
import io.promisekeeper.core.notice.NoticeRecord;
import io.promisekeeper.core.notice.NoticeState;
import io.promisekeeper.core.notice.PromptReason;
import io.promisekeeper.core.notice.PromptState;
import io.promisekeeper.core.notice.StoredPrompt;
import io.promisekeeper.core.rules.RuleMode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The notice journal and the agent prompts on a real database. */
class ActiveObjectsNoticeJournalTest {
    private static final Instant T = Instant.parse("2026-03-04T10:00:00Z");

    private final EntityManagerActiveObjects ao = TestDatabase.open();
    private final ActiveObjectsNoticeJournal journal = new ActiveObjectsNoticeJournal(ao);
    private final ActiveObjectsAgentPrompts prompts = new ActiveObjectsAgentPrompts(ao);

    @AfterEach
    void close() {
        ao.close();
    }

    @Test
    void aNoticeIsRecordedOnceAndMovesThroughItsStates() {
        DelayNotice n = notice("SD-1", 1, "Hallo <b>Kim</b> {html}");
        journal.claimed(n, T);
        journal.claimed(notice("SD-1", 1, "another text"), T.plusSeconds(1));
        journal.mark(n.episode(), NoticeState.SENDING, T.plusSeconds(2));
        journal.mark(n.episode(), NoticeState.SENT, T.plusSeconds(3));
        journal.mark(n.episode(), NoticeState.LOST, T.plusSeconds(4));

        List<NoticeRecord> recent = journal.recentForTicket("SD-1", 10);
        assertThat(recent).hasSize(1);
        assertThat(recent.get(0).notice()).isEqualTo(n);
        assertThat(recent.get(0).state()).isEqualTo(NoticeState.SENT);
        assertThat(recent.get(0).claimedAt()).isEqualTo(T);
        assertThat(recent.get(0).updatedAt()).isEqualTo(T.plusSeconds(3));
    }

    @Test
    void recentNoticesComeNewestFirstPerTicket() {
        for (int i = 1; i <= 5; i++) {
            journal.claimed(notice("SD-1", i, "notice " + i), T.plusSeconds(i));
        }
        journal.claimed(notice("SD-2", 9, "other ticket"), T);
        assertThat(journal.recentForTicket("SD-1", 3)).extracting(r -> r.notice().body())
                .containsExactly("notice 5", "notice 4", "notice 3");
        assertThat(journal.recentForTicket("SD-3", 3)).isEmpty();
    }

    @Test
    void manyTicketsAreReadAsTheyAreOneByOneInPagesOfTickets() {
        List<String> tickets = new java.util.ArrayList<>();
        int episode = 0;
        for (int t = 1; t <= 1200; t += 7) {
            String key = "SD-" + t;
            tickets.add(key);
            for (int i = 0; i < t % 5; i++) {
                journal.claimed(notice(key, ++episode, key + " notice " + i), T.plusSeconds(episode));
            }
        }
        tickets.add("SD-99999");
        List<NoticeRecord> expected = new java.util.ArrayList<>();
        tickets.forEach(key -> expected.addAll(journal.recentForTicket(key, 3)));
        assertThat(journal.recentForTickets(tickets, 3)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).isNotEmpty();
    }

    @Test
    void unfinishedNoticesAreThoseStillClaimedOrSendingBeforeAMoment() {
        DelayNotice claimed = notice("SD-1", 1, "a");
        DelayNotice sending = notice("SD-2", 2, "b");
        DelayNotice sent = notice("SD-3", 3, "c");
        DelayNotice fresh = notice("SD-4", 4, "d");
        journal.claimed(claimed, T);
        journal.claimed(sending, T);
        journal.mark(sending.episode(), NoticeState.SENDING, T.plusSeconds(10));
        journal.claimed(sent, T);
        journal.mark(sent.episode(), NoticeState.SENDING, T);
        journal.mark(sent.episode(), NoticeState.SENT, T);
        journal.claimed(fresh, T.plusSeconds(3600));

        assertThat(journal.unfinishedBefore(T.plusSeconds(60), 10)).extracting(r -> r.notice().ticketKey())
                .containsExactly("SD-1", "SD-2");
        assertThat(journal.unfinishedBefore(T.plusSeconds(60), 1)).hasSize(1);
    }

    @Test
    void aPromptIsAddedOncePerEpisodeAndDecidedOnce() {
        DelayNotice n = notice("SD-1", 1, "draft");
        assertThat(prompts.add(new AgentPrompt(n, PromptReason.APPROVAL, "check", T))).isTrue();
        assertThat(prompts.add(new AgentPrompt(n, PromptReason.MAYBE_SENT, "again", T))).isFalse();
        prompts.add(new AgentPrompt(notice("SD-2", 2, "elsewhere"), PromptReason.NOT_SENT, "x", T));

        List<StoredPrompt> pending = prompts.pendingForTicket("SD-1");
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).prompt()).isEqualTo(new AgentPrompt(n, PromptReason.APPROVAL, "check", T));
        assertThat(pending.get(0).state()).isEqualTo(PromptState.PENDING);

        long id = pending.get(0).id();
        assertThat(prompts.decide(id, PromptState.DISMISSED, "agent-1", T.plusSeconds(5))).isTrue();
        assertThat(prompts.decide(id, PromptState.SENT, "agent-2", T.plusSeconds(6))).isFalse();
        assertThat(prompts.pendingForTicket("SD-1")).isEmpty();
        StoredPrompt decided = prompts.forEpisode(n.episode()).orElseThrow();
        assertThat(decided.state()).isEqualTo(PromptState.DISMISSED);
        assertThat(decided.decidedBy()).isEqualTo("agent-1");
        assertThat(decided.decidedAt()).isEqualTo(T.plusSeconds(5));
    }

    private static DelayNotice notice(String ticket, long promiseId, String body) {
        return new DelayNotice(promiseId, ticket, "customer-" + ticket, EpisodeKey.first("promise:" + promiseId), "nl",
                body, "risk", "delay-notice", RuleMode.AUTOMATIC, T, "rule \"At risk\": late");
    }
}
