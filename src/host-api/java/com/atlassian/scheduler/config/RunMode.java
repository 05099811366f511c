// Mirrors com.atlassian.scheduler:atlassian-scheduler-api 6.x (Jira 11.3), enum com.atlassian.scheduler.config.RunMode.
package com.atlassian.scheduler.config;

/** Host surface: whether a job runs on one node of the cluster or on each. */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER, RUN_LOCALLY
}
