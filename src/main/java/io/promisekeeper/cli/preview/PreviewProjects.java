package io.promisekeeper.cli.preview;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.util.List;

/** The preview's projects: the sample desk HELP (with its issue view) and OPS, which only the insight figures show. */
public final class PreviewProjects implements ProjectManager {
    private final List<Project> projects = List.of(new PreviewProject(10_000L, SampleDesk.PROJECT, "IT Help desk"),
            new PreviewProject(10_001L, InsightSampleDesk.OTHER_PROJECT, "Operations"));

    @Override
    public Project getProjectObjByKey(String projectKey) {
        return projects.stream().filter(p -> p.getKey().equals(projectKey)).findFirst().orElse(null);
    }

    @Override
    public List<Project> getProjectObjects() {
        return projects;
    }
}
