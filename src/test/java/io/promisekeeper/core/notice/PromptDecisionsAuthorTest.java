package io.promisekeeper.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.promisekeeper.core.rules.RuleMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** A notice confirmed in the panel goes out as the agent who pressed Send, with the text they sent. */
class PromptDecisionsAuthorTest {
    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");
    private final PromptDesk desk = mock(PromptDesk.class);
    private final NoticeSender sender = mock(NoticeSender.class);
    private final InMemoryNoticeJournal journal = new InMemoryNoticeJournal();
    private final PromptDecisions decisions = new PromptDecisions(desk, journal, new InMemoryNoticeLog(), sender,
            Clock.fixed(T, ZoneOffset.UTC));

    @Test
    void theSendingAgentIsTheAuthor() {
        DelayNotice draft = new DelayNotice(1L, "SD-1", "cust", new EpisodeKey("SD-1", 1), "en", "We need longer.",
                "r1", "t1", RuleMode.APPROVAL, T, "at risk");
        journal.claimed(draft, T);
        when(desk.find(42)).thenReturn(Optional.of(new StoredPrompt(42, new AgentPrompt(draft, PromptReason.APPROVAL,
                "", T), PromptState.PENDING, null, null)));
        when(desk.decide(42, PromptState.SENT, "JIRAUSER10200", T)).thenReturn(true);

        decisions.send(42, "Two more days, sorry.", "JIRAUSER10200");

        ArgumentCaptor<DelayNotice> sent = ArgumentCaptor.forClass(DelayNotice.class);
        verify(sender).sendAs(sent.capture(), eq("JIRAUSER10200"));
        verify(sender, never()).send(any());
        verify(sender, never()).sendAs(any(), eq("assignee"));
        assertThat(sent.getValue().body()).isEqualTo("Two more days, sorry.");
        assertThat(journal.recentForTicket("SD-1", 1).get(0).state()).isEqualTo(NoticeState.SENT);
    }

    @Test
    void theDefaultOutletIgnoresTheAgent() {
        NoticeSender plain = mock(NoticeSender.class, org.mockito.Mockito.CALLS_REAL_METHODS);
        org.mockito.Mockito.doNothing().when(plain).send(any());
        DelayNotice n = new DelayNotice(null, "SD-2", "c", new EpisodeKey("SD-2", 1), "en", "x", "r", "t",
                RuleMode.AUTOMATIC, T, "why");
        plain.sendAs(n, "agent");
        verify(plain).send(n);
        verify(desk, never()).decide(org.mockito.ArgumentMatchers.anyLong(), any(), anyString(), any());
    }
}
