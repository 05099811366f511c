package io.promisekeeper.core.rules;

/** Whether a rule's customer notices wait for an agent's click or go out by themselves. */
public enum RuleMode {
    /** The agent sees an editable draft and confirms it. */
    APPROVAL,
    /** The notice goes out without anyone confirming it. */
    AUTOMATIC
}
