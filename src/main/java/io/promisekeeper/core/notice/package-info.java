/**
 * Delay notices to customers: the notice policy (one per risk episode, contact cap, quiet hours, lead time),
 * templates in the customer's language escaped for JSM wiki markup, and the planner that turns rule firings into
 * notices to send, hold or draft.
 */
package io.promisekeeper.core.notice;
