package io.promisekeeper.core.delight;

/** No suggestion with this id. */
public final class UnknownDelightAction extends RuntimeException {
    public UnknownDelightAction(long id) {
        super("no delight suggestion " + id);
    }
}
