// Mirrors com.atlassian.scheduler:atlassian-scheduler-api 6.x (Jira 11.3), class com.atlassian.scheduler.JobRunnerResponse (members we call).
package com.atlassian.scheduler;

/** Host surface: how a run ended. */
public final class JobRunnerResponse {
    private final String outcome;
    private final String message;

    private JobRunnerResponse(String outcome, String message) {
        this.outcome = outcome;
        this.message = message;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse("SUCCESS", message);
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse("ABORTED", message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse("FAILED", String.valueOf(cause));
    }

    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return outcome + ": " + message;
    }
}
