package io.promisekeeper.cli.preview;

import com.atlassian.jira.project.Project;

/** The preview's one service project. */
public record PreviewProject(String key) implements Project {
    @Override
    public Long getId() {
        return 10_000L;
    }

    @Override
    public String getKey() {
        return key;
    }
}
