package io.promisekeeper.cli.preview;

import com.atlassian.jira.issue.MutableIssue;
import java.util.List;
import java.util.Objects;

/** A sample service request: what the issue view shows around the panel. */
public record PreviewTicket(long id, String key, String summary, String description, String reporterKey,
                            List<String> agentComments) implements MutableIssue {

    public PreviewTicket {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(summary, "summary");
        description = description == null ? "" : description;
        agentComments = List.copyOf(agentComments);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getAssigneeId() {
        return null;
    }

    @Override
    public java.util.Collection<com.atlassian.jira.bc.project.component.ProjectComponent> getComponents() {
        return List.of();
    }
}
