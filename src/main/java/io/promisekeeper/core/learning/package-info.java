/**
 * The lateness forecast learnt from the instance's own resolved tickets: replaying their history into an event
 * log, training nightly, storing the trained forecast, and choosing it over the fixed timer once there is
 * enough history.
 */
package io.promisekeeper.core.learning;
