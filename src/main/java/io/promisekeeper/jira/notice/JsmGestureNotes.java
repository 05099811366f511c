package io.promisekeeper.jira.notice;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;
import io.promisekeeper.core.delight.DelightAction;
import io.promisekeeper.core.delight.DelightCatalogue;
import io.promisekeeper.core.delight.GestureNotes;
import io.promisekeeper.core.notice.WikiMarkup;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a done gesture into the ticket's activity as an internal JSM comment (never shown to the customer),
 * authored by the agent who did it, in their language.
 */
public final class JsmGestureNotes implements GestureNotes {
    private static final Logger LOG = LoggerFactory.getLogger(JsmGestureNotes.class);

    private final IssueManager issues;
    private final ServiceDeskCommentService comments;
    private final JiraAuthenticationContext authentication;
    private final I18nResolver i18n;
    private final Supplier<DelightCatalogue> catalogue;

    public JsmGestureNotes(IssueManager issues, ServiceDeskCommentService comments,
                           JiraAuthenticationContext authentication, I18nResolver i18n,
                           Supplier<DelightCatalogue> catalogue) {
        this.issues = issues;
        this.comments = comments;
        this.authentication = authentication;
        this.i18n = i18n;
        this.catalogue = catalogue;
    }

    @Override
    public void done(DelightAction action) {
        try {
            Issue issue = issues.getIssueObject(action.ticketKey());
            ApplicationUser agent = authentication.getLoggedInUser();
            if (issue == null || agent == null) {
                return;
            }
            Locale locale = authentication.getLocale();
            String name = catalogue.get().find(action.gestureId())
                    .map(g -> g.text(locale == null ? null : locale.getLanguage()).name()).orElse(action.gestureId());
            String body = action.doneNote().isEmpty()
                    ? i18n.getText(locale, "promise-keeper.gesture.note.done", WikiMarkup.literal(name))
                    : i18n.getText(locale, "promise-keeper.gesture.note.done.with", WikiMarkup.literal(name),
                            WikiMarkup.literal(action.doneNote()));
            comments.createServiceDeskComment(agent, comments.newCreateBuilder()
                    .issue(issue).body(body).publicComment(false).build());
        } catch (RuntimeException | LinkageError e) {
            // The gesture is done and stored; only its line in the activity is missing. No ticket text in the log.
            LOG.warn("Promise Keeper could not note the done gesture on {}: {}", action.ticketKey(),
                    e.getClass().getSimpleName());
        }
    }
}
