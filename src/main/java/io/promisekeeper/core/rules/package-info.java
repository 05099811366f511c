/** Rules admins configure (trigger, conditions, actions, mode), the risk forecast port and the rule engine. */
package io.promisekeeper.core.rules;
