package io.promisekeeper.cli.preview;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The preview's tickets (Jira's IssueManager over the sample requests). */
public final class PreviewTickets implements IssueManager {
    private final Map<String, PreviewTicket> byKey = new LinkedHashMap<>();

    public PreviewTickets(List<PreviewTicket> tickets) {
        tickets.forEach(t -> byKey.put(t.key(), t));
    }

    public Optional<PreviewTicket> find(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    public List<PreviewTicket> all() {
        return List.copyOf(byKey.values());
    }

    @Override
    public MutableIssue getIssueObject(String key) {
        return find(key).orElse(null);
    }
}
