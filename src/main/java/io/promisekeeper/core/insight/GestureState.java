package io.promisekeeper.core.insight;

/** Where a suggested delight gesture stands: still suggested, done by the agent, or dismissed with a reason. */
public enum GestureState {
    SUGGESTED, DONE, DISMISSED
}
