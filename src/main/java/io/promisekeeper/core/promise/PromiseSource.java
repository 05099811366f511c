package io.promisekeeper.core.promise;

/** Where a promise came from: typed by an agent, found in a comment, derived from an SLA goal or a rule. */
public enum PromiseSource {
    AGENT, DETECTED_IN_COMMENT, SLA_GOAL, RULE
}
