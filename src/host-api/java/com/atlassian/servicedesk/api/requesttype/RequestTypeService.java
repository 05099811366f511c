// Mirrors com.atlassian.servicedesk:jira-servicedesk-api 11.3.0, interface com.atlassian.servicedesk.api.requesttype.RequestTypeService (members we call).
package com.atlassian.servicedesk.api.requesttype;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/** Host surface: request types of customer requests. */
public interface RequestTypeService {
    RequestType getRequestTypeForIssue(ApplicationUser user, Issue issue);
}
