package io.promisekeeper.cli.preview;

import com.atlassian.jira.project.Project;

/** A service project of the preview. */
public record PreviewProject(long id, String key, String name) implements Project {
    /** The sample desk's project. */
    public PreviewProject(String key) {
        this(10_000L, key, key);
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
    public String getName() {
        return name;
    }
}
