// Mirrors com.atlassian.servicedesk:jira-servicedesk-api 11.3.0, interface com.atlassian.servicedesk.api.sla.info.SlaInformationOngoingCycle (members we call).
package com.atlassian.servicedesk.api.sla.info;

/** Host surface: the running cycle of an SLA; durations in milliseconds of the SLA's calendar. */
public interface SlaInformationOngoingCycle {
    boolean getBreached();

    boolean getPaused();

    Long getGoalDuration();

    Long getElapsedTime();

    Long getRemainingTime();
}
