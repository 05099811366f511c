package io.promisekeeper.core.delight;

/** Where a suggested gesture stands: waiting for the agent, done, dismissed, or put off until later. */
public enum DelightState {
    SUGGESTED, DONE, DISMISSED, SNOOZED
}
