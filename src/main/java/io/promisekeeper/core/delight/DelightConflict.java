package io.promisekeeper.core.delight;

/** Someone acted on the suggestion since it was read (another agent, another tab); nothing changed. */
public final class DelightConflict extends RuntimeException {
    public DelightConflict(long id, long expectedVersion) {
        super("suggestion " + id + " was changed by someone else since version " + expectedVersion
                + "; reload and try again");
    }
}
