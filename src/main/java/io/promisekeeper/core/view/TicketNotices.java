package io.promisekeeper.core.view;

import io.promisekeeper.core.notice.NoticeRecord;
import java.util.List;

/**
 * What the agent panel shows about a ticket's customer notices: drafts waiting for the agent, oldest first, and
 * the notices already claimed for the customer, newest first.
 */
public record TicketNotices(List<PromptLine> prompts, List<NoticeRecord> notices) {
    public TicketNotices {
        prompts = List.copyOf(prompts);
        notices = List.copyOf(notices);
    }

    /** A ticket without notices. */
    public static TicketNotices none() {
        return new TicketNotices(List.of(), List.of());
    }
}
