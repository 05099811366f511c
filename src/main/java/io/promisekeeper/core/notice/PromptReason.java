package io.promisekeeper.core.notice;

/** Why an agent is shown a drafted notice. */
public enum PromptReason {
    /** The rule is in approval mode: the agent confirms or edits the draft, or dismisses it. */
    APPROVAL,
    /** The notice was claimed but never handed to JSM: the customer was not told. */
    NOT_SENT,
    /** Sending started but never finished or failed: the customer may or may not have been told. */
    MAYBE_SENT
}
