// Mirrors com.atlassian.servicedesk:jira-servicedesk-api 11.3.0, interface com.atlassian.servicedesk.api.sla.info.SlaInformationQuery (members we call).
package com.atlassian.servicedesk.api.sla.info;

import com.atlassian.servicedesk.api.util.paging.PagedRequest;

/** Host surface: which issue (and page) to read SLA information for. */
public interface SlaInformationQuery {

    /** Host surface: builds the query. */
    interface Builder {
        Builder issue(Long issueId);

        Builder pagedRequest(PagedRequest pagedRequest);

        SlaInformationQuery build();
    }
}
