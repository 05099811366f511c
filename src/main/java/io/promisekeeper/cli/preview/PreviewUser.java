package io.promisekeeper.cli.preview;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Objects;
import java.util.Set;

/**
 * A sample user of the preview, with what Jira would know about them: licence, browse right, agent role, groups.
 */
public record PreviewUser(String key, String fullName, boolean licensed, boolean mayBrowse, boolean agent, String role,
                          Set<String> groups) implements ApplicationUser {

    public PreviewUser {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(role, "role");
        groups = Set.copyOf(groups);
    }

    /** A user in no group. */
    public PreviewUser(String key, String fullName, boolean licensed, boolean mayBrowse, boolean agent, String role) {
        this(key, fullName, licensed, mayBrowse, agent, role, Set.of());
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getUsername() {
        return key;
    }

    @Override
    public String getDisplayName() {
        return fullName;
    }
}
