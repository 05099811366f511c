package io.promisekeeper.core.promise;

/** What an agent committed to do for the customer. */
public enum PromiseKind {
    CALLBACK, UPDATE, RESOLUTION, DELIVERY, VISIT, OTHER
}
