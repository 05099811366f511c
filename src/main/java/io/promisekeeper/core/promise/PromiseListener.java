package io.promisekeeper.core.promise;

/** Receives promise events; implementations must be quick and must not throw for normal outcomes. */
@FunctionalInterface
public interface PromiseListener {
    void on(PromiseEvent event);
}
