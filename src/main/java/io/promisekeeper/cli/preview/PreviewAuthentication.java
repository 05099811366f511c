package io.promisekeeper.cli.preview;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

/** Jira's authentication context in the preview: the user and language chosen by the caller's cookies. */
public final class PreviewAuthentication implements JiraAuthenticationContext {
    @Override
    public ApplicationUser getLoggedInUser() {
        return CurrentCaller.get().map(Caller::user).orElse(null);
    }

    @Override
    public Locale getLocale() {
        return CurrentCaller.get().map(Caller::locale).orElse(Locale.ENGLISH);
    }
}
