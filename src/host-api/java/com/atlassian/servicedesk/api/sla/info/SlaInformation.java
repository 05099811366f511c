// Mirrors com.atlassian.servicedesk:jira-servicedesk-api 11.3.0, interface com.atlassian.servicedesk.api.sla.info.SlaInformation (members we call).
package com.atlassian.servicedesk.api.sla.info;

import java.util.List;
import java.util.Optional;

/** Host surface: one named SLA of a request, with its finished cycles and at most one running cycle. */
public interface SlaInformation {
    String getName();

    List<SlaInformationCompletedCycle> getCompletedCycles();

    Optional<SlaInformationOngoingCycle> getOngoingCycle();
}
