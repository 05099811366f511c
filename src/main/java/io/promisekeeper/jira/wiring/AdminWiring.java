package io.promisekeeper.jira.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.promisekeeper.core.calendar.BusinessCalendars;
import io.promisekeeper.core.config.AuditTrail;
import io.promisekeeper.core.config.ConfigDocuments;
import io.promisekeeper.core.learning.RiskForecasts;
import io.promisekeeper.core.promise.PromiseStore;
import io.promisekeeper.core.promise.UnitOfWork;
import io.promisekeeper.core.rules.DryRun;
import io.promisekeeper.core.rules.RecentTickets;
import io.promisekeeper.core.rules.RuleEngine;
import io.promisekeeper.core.settings.AdminConfiguration;
import io.promisekeeper.jira.access.JiraUsers;
import io.promisekeeper.jira.access.JiraZones;
import io.promisekeeper.jira.admin.AdminPage;
import io.promisekeeper.jira.admin.StoredPromiseTickets;
import io.promisekeeper.jira.store.ActiveObjectsAuditTrail;
import io.promisekeeper.jira.store.ActiveObjectsConfigDocuments;
import io.promisekeeper.jira.text.ErrorText;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Administration: configuration documents and their audit, the dry run, the admin page. */
@Configuration(proxyBeanMethods = false)
public class AdminWiring {
    @Bean
    public ConfigDocuments configDocuments(ActiveObjects activeObjects, Clock clock) {
        return new ActiveObjectsConfigDocuments(activeObjects, clock);
    }

    @Bean
    public AuditTrail auditTrail(ActiveObjects activeObjects) {
        return new ActiveObjectsAuditTrail(activeObjects);
    }

    @Bean
    public AdminConfiguration adminConfiguration(
            ConfigDocuments configDocuments,
            AuditTrail auditTrail, UnitOfWork unitOfWork, Clock clock,
            TimeZoneManager timeZoneManager, JiraUsers jiraUsers) {
        // The default business calendar in Jira's default zone, the same on every node (not the JVM's).
        return new AdminConfiguration(configDocuments, auditTrail, unitOfWork, clock,
                JiraZones.defaultZone(timeZoneManager), jiraUsers);
    }

    @Bean
    public JiraUsers jiraUsers(com.atlassian.jira.user.util.UserManager jiraUserManager) {
        return new JiraUsers(jiraUserManager);
    }

    @Bean
    public RecentTickets recentTickets(PromiseStore promiseStore,
                                                                  BusinessCalendars businessCalendars) {
        return new StoredPromiseTickets(promiseStore, businessCalendars);
    }

    @Bean
    public DryRun dryRun(RecentTickets recentTickets,
            RiskForecasts riskForecasts) {
        // The same forecast as the tick (learnt model, else fixed timer); an hour's step matches a tick closely enough.
        return new DryRun(new RuleEngine(riskForecasts),
                recentTickets, Duration.ofHours(1));
    }

    /** The REST resources' errors in the caller's language. */
    @Bean
    public ErrorText errorText(I18nResolver i18nResolver, JiraAuthenticationContext jiraAuthenticationContext) {
        return ErrorText.of(i18nResolver, jiraAuthenticationContext);
    }

    @Bean
    public AdminPage adminPage(I18nResolver i18nResolver,
                                                           TemplateRenderer templateRenderer) {
        return new AdminPage(i18nResolver, templateRenderer);
    }
}
