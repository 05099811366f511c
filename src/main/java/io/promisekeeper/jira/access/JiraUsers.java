package io.promisekeeper.jira.access;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.promisekeeper.core.settings.KnownUsers;
import java.util.Objects;
import java.util.Optional;

/**
 * The Jira users the administrator names in the settings, found by key first and then by user name (an
 * administrator sees names; keys differ from names for renamed users).
 */
public final class JiraUsers implements KnownUsers {
    private final UserManager users;

    public JiraUsers(UserManager users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    /** The user with this key or name; empty for blank text or nobody. */
    public Optional<ApplicationUser> find(String nameOrKey) {
        if (nameOrKey == null || nameOrKey.isBlank()) {
            return Optional.empty();
        }
        String wanted = nameOrKey.strip();
        ApplicationUser byKey = users.getUserByKey(wanted);
        return Optional.ofNullable(byKey != null ? byKey : users.getUserByName(wanted));
    }

    @Override
    public boolean exists(String nameOrKey) {
        return find(nameOrKey).isPresent();
    }
}
