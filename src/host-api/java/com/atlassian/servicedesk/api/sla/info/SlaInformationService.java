// Mirrors com.atlassian.servicedesk:jira-servicedesk-api 11.3.0, interface com.atlassian.servicedesk.api.sla.info.SlaInformationService (members we call).
package com.atlassian.servicedesk.api.sla.info;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;

/** Host surface: reads the SLA goals of a customer request; throws ServiceDeskServiceException on error. */
public interface SlaInformationService {
    SlaInformationQuery.Builder newInfoQueryBuilder();

    PagedResponse<SlaInformation> getInfo(ApplicationUser user, SlaInformationQuery query);
}
