package io.promisekeeper.cli.preview;

import io.promisekeeper.core.notice.DelayNotice;
import io.promisekeeper.core.notice.NoticeSender;
import io.promisekeeper.core.notice.WikiMarkup;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The preview's stand-in for JSM's public comments: a sent delay notice appears in the ticket's activity, as the
 * customer would read it. Kept in memory, like the rest of the preview.
 */
public final class PreviewComments implements NoticeSender {
    private final Map<String, List<String>> byTicket = new ConcurrentHashMap<>();

    @Override
    public void send(DelayNotice notice) {
        byTicket.computeIfAbsent(notice.ticketKey(), k -> new CopyOnWriteArrayList<>())
                .add(WikiMarkup.readable(notice.body()));
    }

    /** The notices posted on {@code ticketKey}, oldest first, as plain text. */
    public List<String> of(String ticketKey) {
        return List.copyOf(byTicket.getOrDefault(ticketKey, List.of()));
    }
}
