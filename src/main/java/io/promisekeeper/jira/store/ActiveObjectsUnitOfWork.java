package io.promisekeeper.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisekeeper.core.promise.UnitOfWork;
import java.util.function.Supplier;

/** One user action, one Active Objects transaction: a refusal half-way rolls back every write. */
public final class ActiveObjectsUnitOfWork implements UnitOfWork {
    private final ActiveObjects ao;

    public ActiveObjectsUnitOfWork(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
