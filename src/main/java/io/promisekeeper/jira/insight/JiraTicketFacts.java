package io.promisekeeper.jira.insight;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import io.promisekeeper.core.insight.KeptRates;
import io.promisekeeper.core.insight.TicketFacts;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each ticket's first component and JSM request type from Jira, ticket by ticket; {@link StoredTicketFacts}
 * asks it only about tickets it has not stored yet.
 */
public final class JiraTicketFacts implements io.promisekeeper.core.insight.TicketFactsSource {
    private static final Logger LOG = LoggerFactory.getLogger(JiraTicketFacts.class);
    private final AtomicBoolean linkageTold = new AtomicBoolean();
    private final IssueManager issues;
    private final RequestTypeService requestTypes;
    private final JiraAuthenticationContext authentication;

    public JiraTicketFacts(IssueManager issues, RequestTypeService requestTypes, JiraAuthenticationContext authentication) {
        this.issues = issues;
        this.requestTypes = requestTypes;
        this.authentication = authentication;
    }

    @Override
    public Map<String, TicketFacts> factsOf(Collection<String> ticketKeys) {
        Map<String, TicketFacts> facts = new HashMap<>();
        for (String key : ticketKeys) {
            Issue issue = issues.getIssueObject(key);
            if (issue != null) {
                facts.put(key, new TicketFacts(key, firstComponent(issue), requestType(issue)));
            }
        }
        return facts;
    }

    private static String firstComponent(Issue issue) {
        try {
            Collection<ProjectComponent> components = issue.getComponents();
            if (components == null) {
                return KeptRates.UNKNOWN;
            }
            Iterator<ProjectComponent> first = components.iterator();
            return first.hasNext() ? first.next().getName() : KeptRates.UNKNOWN;
        } catch (RuntimeException | LinkageError unreadable) {
            // The component is one fact of the figures; the rest of the ticket still counts.
            return KeptRates.UNKNOWN;
        }
    }

    /**
     * The request type's name, {@link KeptRates#UNKNOWN} when JSM says the ticket has none, or null when it could not
     * be asked: nobody to ask as, or a JSM whose API differs. Read as the logged-in user, or (a job runs as nobody) as
     * the project's lead, who may see its requests: JSM answers nobody none at all.
     */
    private String requestType(Issue issue) {
        ApplicationUser reader = authentication.getLoggedInUser();
        if (reader == null) {
            reader = projectLead(issue);
        }
        if (reader == null) {
            return null;
        }
        try {
            PagedResponse<RequestType> found = requestTypes.getRequestTypes(reader,
                    requestTypes.newQueryBuilder().issue(issue.getId()).build());
            List<RequestType> types = found == null ? null : found.getResults();
            return types == null || types.isEmpty() || types.get(0) == null ? KeptRates.UNKNOWN : types.get(0).getName();
        } catch (RuntimeException notARequest) {
            // Tickets created outside the portal, or in a project that is no service project, have none.
            return KeptRates.UNKNOWN;
        } catch (LinkageError wrongJsm) {
            // A JSM whose API differs from the one we were built for costs this one fact, told once per node.
            if (linkageTold.compareAndSet(false, true)) {
                LOG.warn("Promise Keeper cannot read request types from this JSM ({}); insight shows them as unknown",
                        wrongJsm.getClass().getSimpleName());
            }
            return null;
        }
    }

    private static ApplicationUser projectLead(Issue issue) {
        try {
            return issue.getProjectObject() == null ? null : issue.getProjectObject().getProjectLead();
        } catch (RuntimeException | LinkageError unreadable) {
            return null;
        }
    }
}
