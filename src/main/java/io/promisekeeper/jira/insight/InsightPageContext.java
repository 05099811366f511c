package io.promisekeeper.jira.insight;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.promisekeeper.core.insight.InsightReader;
import io.promisekeeper.core.insight.InsightReport;
import io.promisekeeper.core.insight.KeptRates;
import io.promisekeeper.core.settings.AdminConfiguration;
import io.promisekeeper.core.settings.InsightSettings;
import io.promisekeeper.core.settings.Stored;
import io.promisekeeper.jira.access.InsightViewer;
import java.time.Clock;
import java.util.Map;

/**
 * What the insight page shows, built the same way by the servlet in Jira and by the preview server; kept apart from
 * the servlet so that the command-line jar, which has no servlet API, can use it.
 */
public final class InsightPageContext {
    private InsightPageContext() {
    }

    /** The page's template context for {@code viewer}. */
    public static Map<String, Object> context(InsightViewer viewer, String projectKey, Map<String, String> params,
                                              String contextPath, InsightReader reader, InsightPage page,
                                              AdminConfiguration configuration, UserManager users, Clock clock) {
        InsightRequest request = InsightRequest.read(viewer, projectKey == null ? params.get("project") : projectKey,
                params.get("from"), params.get("to"), params.get("component"), clock);
        InsightReport report = request.valid() ? reader.report(request.filter()) : null;
        Stored<InsightSettings> settings = configuration.insight();
        return page.context(viewer, new InsightPage.Scope(projectKey, settings.value().leadGroups(),
                settings.version()), params, request, report, key -> name(users, key), contextPath);
    }

    /** The project key in {@code .../insight/project/KEY}; null for the page across projects. */
    public static String projectOf(String requestUri) {
        String marker = "/insight/project/";
        int at = requestUri == null ? -1 : requestUri.indexOf(marker);
        if (at < 0) {
            return null;
        }
        String rest = requestUri.substring(at + marker.length());
        int slash = rest.indexOf('/');
        String key = java.net.URLDecoder.decode(slash < 0 ? rest : rest.substring(0, slash),
                java.nio.charset.StandardCharsets.UTF_8);
        // An empty key names no project: 404 from the access check, never the page across projects.
        return key.isBlank() ? " " : key;
    }

    private static String name(UserManager users, String userKey) {
        if (userKey == null || KeptRates.UNKNOWN.equals(userKey)) {
            return userKey;
        }
        UserProfile profile = users.getUserProfile(new UserKey(userKey));
        return profile == null || profile.getFullName() == null ? userKey : profile.getFullName();
    }

}
