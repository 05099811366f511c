package io.promisekeeper.core.promise;

/** The kind of an entry in a promise's history. */
public enum ChangeType {
    CREATED, EDITED, KEPT, BROKEN, RENEGOTIATED, CANCELLED, NOTE
}
