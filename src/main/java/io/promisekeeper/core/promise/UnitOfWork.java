package io.promisekeeper.core.promise;

import java.util.function.Supplier;

/** Port: runs one user action as one transaction, so a refusal half-way leaves nothing written. */
@FunctionalInterface
public interface UnitOfWork {

    /** Runs {@code work} atomically; an exception thrown by it rolls back every write it made. */
    <T> T inTransaction(Supplier<T> work);

    /** Runs the work as is, for stores that have no transactions (tests, previews). */
    static UnitOfWork direct() {
        return new UnitOfWork() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
    }
}
