// Mirrors com.atlassian.servicedesk:jira-servicedesk-api 11.3.0, interface com.atlassian.servicedesk.api.sla.info.SlaInformationCompletedCycle (members we call).
package com.atlassian.servicedesk.api.sla.info;

import java.time.Instant;

/** Host surface: a finished cycle of an SLA; durations in milliseconds of the SLA's calendar. */
public interface SlaInformationCompletedCycle {
    Instant getStopTime();

    boolean getBreached();

    Long getGoalDuration();

    Long getElapsedTime();

    Long getRemainingTime();
}
