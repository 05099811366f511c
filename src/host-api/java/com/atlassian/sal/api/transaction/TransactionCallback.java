// Mirrors com.atlassian.sal:sal-api 7.x (Jira 11.3), interface com.atlassian.sal.api.transaction.TransactionCallback.
package com.atlassian.sal.api.transaction;

/** Host surface: work to run inside one database transaction. */
public interface TransactionCallback<T> {
    T doInTransaction();
}
