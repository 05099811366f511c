package io.promisekeeper.cli.preview;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Objects;

/** A sample user of the preview, with what Jira would know about them: licence, browse right, agent role. */
public record PreviewUser(String key, String fullName, boolean licensed, boolean mayBrowse, boolean agent, String role)
        implements ApplicationUser {

    public PreviewUser {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(role, "role");
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
