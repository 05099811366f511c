package io.promisekeeper.jira.wiring;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.scheduler.SchedulerService;
import io.promisekeeper.core.config.ConfigDocuments;
import io.promisekeeper.core.forecast.ForecastTrainer;
import io.promisekeeper.core.learning.ForecastDocuments;
import io.promisekeeper.core.learning.ForecastTraining;
import io.promisekeeper.core.learning.RiskForecasts;
import io.promisekeeper.core.learning.TicketHistories;
import io.promisekeeper.core.rules.FixedTimerForecast;
import io.promisekeeper.jira.learning.ForecastJobs;
import io.promisekeeper.jira.learning.JiraResolvedTickets;
import io.promisekeeper.jira.learning.JiraTicketHistories;
import io.promisekeeper.jira.learning.ModelTraining;
import io.promisekeeper.jira.learning.TrainingReport;
import java.time.Clock;
import java.util.TimeZone;
import io.promisekeeper.core.settings.AdminConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The learnt lateness forecast: nightly training, the stored model, the fixed timer until a model passes validation. */
@Configuration(proxyBeanMethods = false)
public class ForecastWiring {
    /** Share of a promise's horizon left at which the fixed timer calls it at risk, until a model is trained. */
    static final double FALLBACK_TIMER_SHARE = 0.2;

    @Bean
    public ForecastDocuments forecastDocuments(
            ConfigDocuments configDocuments) {
        return new ForecastDocuments(configDocuments);
    }

    @Bean
    public TicketHistories ticketHistories(IssueManager issueManager,
            ChangeHistoryManager changeHistoryManager) {
        return new JiraTicketHistories(issueManager, changeHistoryManager);
    }

    @Bean
    public RiskForecasts riskForecasts(
            ForecastDocuments forecastDocuments,
            TicketHistories ticketHistories, Clock clock) {
        return new RiskForecasts(forecastDocuments, ticketHistories,
                new FixedTimerForecast(FALLBACK_TIMER_SHARE), clock);
    }

    @Bean
    public ModelTraining modelTraining(
            SearchService searchService,
            ChangeHistoryManager changeHistoryManager,
            ForecastDocuments forecastDocuments, Clock clock,
            TimeZoneManager timeZoneManager, AdminConfiguration adminConfiguration, I18nResolver i18nResolver,
            JiraAuthenticationContext jiraAuthenticationContext) {
        return new ModelTraining(new ForecastTraining(
                new JiraResolvedTickets(searchService, changeHistoryManager,
                        timeZoneManager),
                forecastDocuments,
                // Hour and weekday features on the team's clock: the default business calendar's zone.
                new ForecastTrainer(ForecastTrainer.Settings.standard(),
                        () -> adminConfiguration.settings().value().calendar().zone()),
                // The operating point the administrator set: false notices per breach the timer is compared at.
                () -> adminConfiguration.settings().value().forecastTarget(),
                clock), new TrainingReport(i18nResolver, jiraAuthenticationContext));
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    public ForecastJobs forecastJobs(SchedulerService schedulerService,
            ModelTraining modelTraining) {
        return new ForecastJobs(schedulerService, modelTraining,
                TimeZone.getDefault());
    }
}
