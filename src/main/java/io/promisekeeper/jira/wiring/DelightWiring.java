package io.promisekeeper.jira.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;
import io.promisekeeper.core.delight.DelightActions;
import io.promisekeeper.core.delight.DelightDesk;
import io.promisekeeper.core.delight.SatisfactionRatings;
import io.promisekeeper.core.settings.AdminConfiguration;
import io.promisekeeper.jira.insight.JsmSatisfaction;
import io.promisekeeper.jira.notice.JsmGestureNotes;
import io.promisekeeper.jira.store.ActiveObjectsDelightActions;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Customer-delight gestures: the suggestions rules make, what agents do with them, JSM's satisfaction ratings. */
@Configuration(proxyBeanMethods = false)
public class DelightWiring {
    @Bean
    public DelightActions delightActions(ActiveObjects activeObjects) {
        return new ActiveObjectsDelightActions(activeObjects);
    }

    @Bean
    public DelightDesk delightDesk(
            DelightActions delightActions, IssueManager issueManager,
            ServiceDeskCommentService serviceDeskCommentService, JiraAuthenticationContext jiraAuthenticationContext,
            I18nResolver i18nResolver, AdminConfiguration adminConfiguration,
            Clock clock) {
        return new DelightDesk(delightActions,
                new JsmGestureNotes(issueManager, serviceDeskCommentService,
                        jiraAuthenticationContext, i18nResolver, () -> adminConfiguration.delight().value().catalogue()),
                clock);
    }

    /** JSM's satisfaction ratings, read from its Satisfaction field (found by field type). */
    @Bean
    public SatisfactionRatings satisfactionRatings(IssueManager issueManager,
            CustomFieldManager customFieldManager) {
        return new JsmSatisfaction(issueManager, customFieldManager);
    }
}
