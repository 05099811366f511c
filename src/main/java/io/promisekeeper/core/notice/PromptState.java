package io.promisekeeper.core.notice;

/** Where an agent prompt stands. */
public enum PromptState {
    /** Waiting for the agent. */
    PENDING,
    /** The agent sent the (possibly edited) notice. */
    SENT,
    /** The agent decided no notice was needed. */
    DISMISSED
}
