package io.promisekeeper.cli.preview;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The preview's user directory (Jira's UserManager over the sample users); only {@code admin} administers Jira. */
public final class PreviewUsers implements UserManager {
    /** Whom the preview shows the page to when no one was chosen. */
    public static final String DEFAULT_USER = "agent";
    /** The one Jira administrator among the samples, who may open the admin page. */
    public static final String ADMIN_USER = "admin";
    /** A service lead, in the lead group the preview's insight settings name, who may see the HELP insight page. */
    public static final String LEAD_USER = "lead";
    /** The preview's lead group. */
    public static final String LEAD_GROUP = "service-leads";

    private final Map<String, PreviewUser> byKey = new LinkedHashMap<>();

    public PreviewUsers(List<PreviewUser> users) {
        users.forEach(u -> byKey.put(u.key(), u));
    }

    /** The people the preview knows: an agent, a colleague who is no agent, a customer, a stranger, an admin, a service lead. */
    public static PreviewUsers samples() {
        return new PreviewUsers(List.of(
                new PreviewUser("agent", "Alex Agent", true, true, true, "agent"),
                new PreviewUser("colleague", "Casey Colleague", true, true, false, "licensed, may browse, no agent"),
                new PreviewUser("customer", "Chris Customer", false, true, false, "customer, unlicensed"),
                new PreviewUser("stranger", "Sam Stranger", true, false, false, "may not browse the project"),
                new PreviewUser(ADMIN_USER, "Ada Admin", true, true, false, "Jira administrator"),
                new PreviewUser(LEAD_USER, "Lee Lead", true, true, false, "service lead (lead group " + LEAD_GROUP + ")",
                        java.util.Set.of(LEAD_GROUP))));
    }

    public Optional<PreviewUser> find(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    public List<PreviewUser> all() {
        return List.copyOf(byKey.values());
    }

    @Override
    public UserKey getRemoteUserKey() {
        return CurrentCaller.get().map(c -> new UserKey(c.user().key())).orElse(null);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return userKey != null && ADMIN_USER.equals(userKey.getStringValue());
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return userKey != null && find(userKey.getStringValue()).map(u -> u.groups().contains(group)).orElse(false);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return false;
    }

    @Override
    public boolean isLicensed(UserKey userKey) {
        return userKey != null && find(userKey.getStringValue()).map(PreviewUser::licensed).orElse(false);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : find(userKey.getStringValue()).map(u -> (UserProfile) new Profile(u)).orElse(null);
    }

    private record Profile(PreviewUser user) implements UserProfile {
        @Override
        public UserKey getUserKey() {
            return new UserKey(user.key());
        }

        @Override
        public String getFullName() {
            return user.fullName();
        }
    }
}
