// Mirrors com.atlassian.servicedesk:jira-servicedesk-api 11.3.0, interface com.atlassian.servicedesk.api.requesttype.RequestTypeService (members we call).
package com.atlassian.servicedesk.api.requesttype;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;

/**
 * Host surface: request types of customer requests. JSM 4.13, 5.12 and 10.3 have no per-issue getter; a request
 * type is found by a query naming the issue (docs.atlassian.com/jira-servicedesk/10.3.2/…/RequestTypeService.html).
 */
public interface RequestTypeService {
    RequestTypeQuery.Builder newQueryBuilder();

    PagedResponse<RequestType> getRequestTypes(ApplicationUser user, RequestTypeQuery requestTypeQuery);
}
