/** Promises on tickets: the model, its state machine, the ports it needs and the ledger use cases. */
package io.promisekeeper.core.promise;
