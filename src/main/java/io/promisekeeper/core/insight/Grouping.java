package io.promisekeeper.core.insight;

/** A way to group kept-rate figures. */
public enum Grouping {
    /** By the agent who made the promise. */
    AGENT,
    /** By the ticket's first Jira component. */
    COMPONENT,
    /** By the ticket's request type. */
    REQUEST_TYPE,
    /** By promise kind. */
    KIND,
    /** By the ISO week the promise was due in, e.g. {@code 2026-W11}. */
    WEEK
}
